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
    [
      "one company: a legal form on the next line",
      "{ORG:Harbor Mills North America}\n{ORG:Inc} said it would sell the plant.",
      ["organization:Harbor Mills North America Inc"],
    ],
    [
      "one company: 'X and Co'",
      "The offer is underwritten by Ryan, {ORG:Kestrel} and {ORG:Co}, the bank said.",
      ["organization:Kestrel and Co"],
    ],
    ["nothing: a legal form alone", "The unit of {ORG:Corp} was sold.", []],
    [
      "a company, not a general: a person span ending in a legal form",
      "Engines from General {PER:Varnik Electric Co} were chosen.",
      ["organization:General Varnik Electric Co"],
    ],
    ["nothing: a capital letter alone", "Shares of Oversea Banking <OCBM.{PER:S}> rose.", []],
    ["nothing: a sentence adverb", "{LOC:Furthermore}, the paper said, risks fell.", []],
    ["nothing: an earnings table", "Net loss 7,041,000 vs loss 467,000\n{ORG:Rev} 138.9 mln vs 131.4 mln", []],
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
