// Lone words the model calls people but the article counts like things ("won an Oscar"): dropped unless used like a person.
import { describe, expect, test } from "vitest";
import { entitiesOf, summary } from "./entities-helpers.ts";

const people = (src: string) => summary(entitiesOf(src)).filter((x) => x.startsWith("person:"));

describe("entities: a lone name counted like a thing is no person", () => {
  test.each([
    ["nothing: after an indefinite article", "She won an {PER:Ardelle} for the role.", []],
    ["nothing: after a number word", "It was her second {PER:Ardelle} in a row.", []],
    [
      "nothing: before a noun of contests",
      "The film won six {PER:Ardelle} nominations and the {PER:Ardelle} ceremony is in May.",
      [],
    ],
    ["a person: a modifier after an article", "It came from a {PER:Reyna} administration plan.", ["person:Reyna"]],
    [
      "a person: a modifier after a number",
      "Two {PER:Keelby} goals won it, and two {PER:Keelby} goals lost it.",
      ["person:Keelby"],
    ],
    ["nothing: after a possessive determiner", "It was her {PER:Ardelle} that sold the film.", []],
    [
      "nothing: the article writes its plural",
      "She is up for the {PER:Ardelle} prize. The Ardelles are held in May.",
      [],
    ],
    ["a person: no counting word", "She met {PER:Ardelle} on Tuesday.", ["person:Ardelle"]],
    [
      "a person: counted once but speaks elsewhere",
      "She won an {PER:Ardelle}. Later {PER:Ardelle} said thanks.",
      ["person:Ardelle"],
    ],
    [
      "a person: a capital A is an initial in a team list",
      "Calder: A {PER:Keelby} (Tarn), B {PER:Marsh} (Vale).",
      ["person:Keelby", "person:Marsh"],
    ],
    [
      "a person: the name goes on after the article",
      "It came from a {PER:Tamsin} {PER:Keelby} penalty.",
      ["person:Keelby", "person:Tamsin"],
    ],
    [
      "a person: a full name of the article contains the word",
      "{PER:Dora Ardelle} spoke. It was an {PER:Ardelle} success.",
      ["person:Dora Ardelle"],
    ],
    ["a person: a title before it", "Mr {PER:Ardelle} has an {PER:Ardelle} problem.", ["person:Ardelle"]],
  ])("%s", (_n, src, want) => expect(people(src)).toEqual(want));
});
