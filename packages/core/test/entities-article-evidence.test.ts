// Span and type repairs from the rest of the article: capital datelines, a head the model left off, a team's first word, "the chair of X, NAME".
import { describe, expect, test } from "vitest";
import { affiliations, entitiesOf, summary } from "./entities-helpers.ts";

describe("entities: evidence from the rest of the article", () => {
  test.each([
    [
      "a place: the dateline in capitals is the place the article names",
      "LAKEMOOR — The {ORG:LAKEMOOR} council met. Rain fell on {LOC:Lakemoor} all day.",
      ["location:LAKEMOOR"],
    ],
    [
      "an organisation: the model left its head off",
      "The final was shown live by {ORG:Northwind} TV on Sunday.",
      ["organization:Northwind TV"],
    ],
    [
      "an organisation without the head: it does not end the noun phrase",
      "Fans of the {ORG:Varnik} TV shows wrote in.",
      ["organization:Varnik"],
    ],
    [
      "nothing new: a head word after a person is no organisation",
      "The interview with {PER:Ilse Varga} TV viewers liked was long.",
      ["person:Ilse Varga"],
    ],
    [
      "one team: its first word alone",
      "{ORG:Fenwick Wanderers} lost. {ORG:Fenwick} fans left early.",
      ["organization:Fenwick Wanderers"],
    ],
    [
      "two teams: a first word shared by two names stays apart",
      "{ORG:Dunmore City} drew with {ORG:Dunmore Rovers}. {ORG:Dunmore} fans left early.",
      ["organization:Dunmore", "organization:Dunmore City", "organization:Dunmore Rovers"],
    ],
    [
      "nothing: listed beside a work's title that the model missed there",
      "The film {ORG:Cold Meadow} won. Critics tipped Cold Meadow, {ORG:Paper Saints} and The Long Quiet.",
      [],
    ],
    [
      "an organisation: beside a work's title but not in a list",
      "The film {ORG:Cold Meadow} won. Made for Cold Meadow, {ORG:Paper Saints} paid well.",
      ["organization:Paper Saints"],
    ],
  ])("%s", (_n, src, want) => expect(summary(entitiesOf(src))).toEqual(want));

  test.each([
    [
      "a goalkeeper of his team",
      "{ORG:Fenwick Wanderers} lost. {ORG:Fenwick} goalkeeper {PER:Kieran Doyle} was beaten twice.",
      ["person:kieran-doyle -> organization:fenwick-wanderers [goalkeeper]"],
    ],
    [
      "the chair of an organisation, then the name",
      "The chair of the {ORG:Lakemoor Film Academy}, {PER:Helena Marsh}, said voting would close.",
      ["person:helena-marsh -> organization:lakemoor-film-academy [chair]"],
    ],
    [
      "nothing: a list, not a role",
      "Delegates from the {ORG:Lakemoor Film Academy}, {PER:Helena Marsh} and others met.",
      [],
    ],
  ])("affiliation: %s", (_n, src, want) => expect(affiliations(entitiesOf(src))).toEqual(want));
});
