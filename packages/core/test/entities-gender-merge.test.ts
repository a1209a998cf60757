// Gender-aware person resolution: a surname mention whose title or role genders it never joins a person of the other gender.
import { describe, expect, test } from "vitest";
import { entitiesOf, marked } from "./entities-helpers.ts";
import { segment } from "../src/text/segment.ts";
import { groupEntities } from "../src/entities/group.ts";
import { testLexicon } from "./support/resources.ts";
import { ExtractionRecord } from "../src/schema/record.ts";

/** entity id of each person mention, in text order, as "surface=id" */
const people = (src: string) =>
  entitiesOf(src)
    .mentions.filter((m) => m.kind === "person")
    .map((m) => `${m.text}=${m.entity}`);

describe("entities: a gendered surname mention stays with its gender", () => {
  test.each([
    [
      "a Mrs is not the Mr of that surname",
      "Mr {PER:Piet Vale} spoke. Mrs {PER:Vale} agreed.",
      ["Piet Vale=person:piet-vale", "Vale=person:vale"],
    ],
    [
      "the headline Mrs stays apart from the titled husband named later",
      "Mrs {PER:Vale} takes a role\n\nMr {PER:Piet Vale} spoke. Mrs {PER:Vale} agreed. Mr {PER:Vale} left.",
      ["Vale=person:vale", "Piet Vale=person:piet-vale", "Vale=person:vale", "Vale=person:piet-vale"],
    ],
    [
      "pronouns after the full name gender it",
      "{PER:Dorna Vale} said she would stay. She added nothing. Mr {PER:Vale} disagreed.",
      ["Dorna Vale=person:dorna-vale", "Vale=person:vale"],
    ],
    [
      "merges: one pronoun is too weak to gender a full name",
      "{PER:Dorna Vale} said she would stay. Mr {PER:Vale} disagreed.",
      ["Dorna Vale=person:dorna-vale", "Vale=person:dorna-vale"],
    ],
    [
      "a role noun genders the full name",
      "{ORG:Calder Bank} spokeswoman {PER:Dorna Vale} spoke. Mr {PER:Vale} disagreed.",
      ["Dorna Vale=person:dorna-vale", "Vale=person:vale"],
    ],
    [
      "two titled lone surnames are two people with two ids",
      "Mr {PER:Vale} spoke. Mrs {PER:Vale} agreed. Mr {PER:Vale} left.",
      ["Vale=person:vale", "Vale=person:vale-2", "Vale=person:vale"],
    ],
    [
      "merges: the same gender",
      "Mrs {PER:Ilse Varnik} spoke. Mrs {PER:Varnik} agreed.",
      ["Ilse Varnik=person:ilse-varnik", "Varnik=person:ilse-varnik"],
    ],
    [
      "merges: an untitled surname",
      "Mr {PER:Piet Vale} spoke. {PER:Vale} agreed.",
      ["Piet Vale=person:piet-vale", "Vale=person:piet-vale"],
    ],
    [
      "merges: the same full name, whatever its titles",
      "Mr {PER:Piet Vale} spoke. Mrs {PER:Piet Vale} agreed.",
      ["Piet Vale=person:piet-vale", "Piet Vale=person:piet-vale"],
    ],
    [
      "an initial of the other gender stays apart",
      "Mr {PER:Piet Vale} spoke. Mrs {PER:P. Vale} agreed.",
      ["Piet Vale=person:piet-vale", "P. Vale=person:p-vale"],
    ],
    [
      "merges: the full name's gender unknown",
      "{PER:Piet Vale} spoke. Mrs {PER:Vale} agreed.",
      ["Piet Vale=person:piet-vale", "Vale=person:piet-vale"],
    ],
  ])("%s", (_n, src, want) => expect(people(src)).toEqual(want));

  test("the first-name list genders a full name (a lexicon value, here with an invented name)", () => {
    const { text, raw } = marked("{PER:Torvald Vale} spoke. Mrs {PER:Vale} agreed.");
    const lexicon = { ...testLexicon(), firstNames: new Map([["Torvald", "male" as const]]) };
    const ents = groupEntities({ id: "d", text }, segment(text), raw, { lexicon });
    expect(ents.mentions.map((m) => m.entity)).toEqual(["person:torvald-vale", "person:vale"]);
    expect(Object.fromEntries(ents.entities.map((e) => [e.id, e.gender]))).toEqual({
      "person:torvald-vale": "male",
      "person:vale": "female",
    });
  });

  test("entities carry the gender the text gives them, and the record schema accepts it", () => {
    const ents = entitiesOf("Mrs {PER:Ilse Varnik} spoke. {PER:Piet Vale} arrived.");
    expect(Object.fromEntries(ents.entities.map((e) => [e.id, e.gender]))).toEqual({
      "person:ilse-varnik": "female",
      "person:piet-vale": undefined,
    });
    const rec = {
      id: "d",
      entities: ents.entities,
      mentions: ents.mentions,
      statements: [],
      relations: ents.relations,
    };
    expect(ExtractionRecord.safeParse(rec).success).toBe(true);
    expect(ExtractionRecord.safeParse({ ...rec, entities: [{ ...ents.entities[0]!, gender: "other" }] }).success).toBe(
      false,
    );
  });
});
