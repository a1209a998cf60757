// Titles of works in running text make no entity: evidence from the whole article ("role in", "starring", award "for", lists).
import { describe, expect, test } from "vitest";
import { entitiesOf, summary } from "./entities-helpers.ts";
import { endsWithJoin, startsWithJoin } from "../src/entities/works.ts";

const kept = (src: string) => summary(entitiesOf(src)).filter((x) => !x.startsWith("country:"));

describe("entities: titles of works in running text", () => {
  test.each([
    ["nothing: a genre noun before it", "The gritty drama {PER:Hester Quaile} opened in May.", []],
    ["nothing: a genre noun across a capital The", "The biopic The {ORG:Lanternmaker} opened in May.", []],
    [
      "nothing: 'starring' after it",
      "The {ORG:Lanternmaker}, starring {PER:Ilse Varga}, opened in May.",
      ["person:Ilse Varga"],
    ],
    [
      "nothing: an apposition with a work noun",
      "The {ORG:Lanternmaker}, a film about a glassblower, opened in May.",
      [],
    ],
    [
      "nothing: a role in it, in an article about films",
      "{PER:Ilse Varga} won praise for her role in {PER:Hester Quaile}. The film opened in May.",
      ["person:Ilse Varga"],
    ],
    [
      "nothing: an award for it, in an article about films",
      "{PER:Ilse Varga} took the best director prize for {ORG:Cold Orchard}. The film opened in May.",
      ["person:Ilse Varga"],
    ],
    [
      "nothing: playing a part in it",
      "{PER:Ilse Varga} won for playing Dora Quaile in The {ORG:Lanternmaker}. The film opened in May.",
      ["person:Ilse Varga"],
    ],
    ["nothing: a contest noun before it", "Critics still tip favourite {ORG:Cold Orchard} for the film prize.", []],
    ["nothing: a maker's possessive before 'The'", "Anrik Zolvay's The {ORG:Lanternmaker} leads the film awards.", []],
    [
      "a person: a contest noun before a name the article uses alone",
      "Bookmakers make favourite {PER:Tobin Marlowe} short odds for the film prize. {PER:Marlowe} smiled.",
      ["person:Tobin Marlowe"],
    ],
    [
      "nothing: one sense per article, the bare mention goes too",
      "The film {PER:Hester Quaile} opened. {PER:Hester Quaile} took $5m.",
      [],
    ],
    [
      "nothing: names listed with a work",
      "Critics tipped the film The {ORG:Lanternmaker}, {ORG:Cold Orchard} and {LOC:Salt Meadow}.",
      [],
    ],
    [
      "nothing: a span fused across 'and' with a work",
      "The studios behind The {ORG:Lanternmaker} and {ORG:Cold Orchard} met. The {ORG:Lanternmaker and Cold Orchard} films open in May. The film {ORG:Lanternmaker} won.",
      [],
    ],
    [
      "a person: an award for a person whose surname the article uses alone",
      "The film won best actor for {PER:Tobin Marlowe}. {PER:Marlowe} was thrilled.",
      ["person:Tobin Marlowe"],
    ],
    [
      "a person: a known first name needs a strong cue",
      "The film won best actor for {PER:Peter Quaile}.",
      ["person:Peter Quaile"],
    ],
    [
      "a person: the maker of the work ('the X film')",
      "She earned praise for her role in the {PER:Ilse Varga} film.",
      ["person:Ilse Varga"],
    ],
    [
      "a person: a speech verb after it vetoes the cue",
      "The {PER:Hester Quaile} film did well, and {PER:Hester Quaile} said so. His role in {PER:Hester Quaile} is a film.",
      ["person:Hester Quaile"],
    ],
    [
      "a place: a role in it is a place in an article about films",
      "She had a role in {LOC:Velmar}. The film opened in May.",
      ["location:Velmar"],
    ],
    [
      "an organisation: a role in it outside an article about works",
      "His role in {ORG:Harwick Holdings} was questioned by the board.",
      ["organization:Harwick Holdings"],
    ],
    [
      "an organisation: an owner, not a title",
      "His role in {ORG:Harwick Holdings}'s collapse was a film plot.",
      ["organization:Harwick Holdings"],
    ],
    [
      "a person: a list without 'and' is an apposition",
      "Directed by {PER:Anrik Zolvay}, The {ORG:Lanternmaker} won the film prize for {ORG:Lanternmaker}.",
      ["person:Anrik Zolvay"],
    ],
    [
      "people: listed beside a work but with a known first name",
      "The film {ORG:Cold Orchard}, {PER:Peter Quaile} and {PER:Mary Quaile} were nominated.",
      ["person:Mary Quaile", "person:Peter Quaile"],
    ],
  ])("%s", (_n, src, want) => expect(kept(src)).toEqual(want));
});

describe("entities: the list test before a work's title", () => {
  test.each([
    ["a comma", "Winter Ledger, ", true],
    ["and", "Winter Ledger and ", true],
    ["a comma and", "Winter Ledger, and ", true],
    ["or", "Winter Ledger or ", true],
    ["an ampersand", "Winter Ledger & ", true],
    ["a capital The after the join", "Winter Ledger and The ", true],
    ["nothing: a word", "Winter Ledger starring ", false],
    ["nothing: a full stop", "Winter Ledger. ", false],
    ["nothing: The alone", "Winter Ledger The ", false],
    ["nothing: no space after the comma", "Winter Ledger,", false],
    ["nothing: a word ending in -and", "the Highland ", false],
    ["nothing: empty", "", false],
  ])("%s", (_name, before, want) => expect(endsWithJoin(before)).toBe(want));
});

describe("entities: the list test after a work's title", () => {
  test.each([
    ["a comma", ", Winter Ledger", true],
    ["a comma and", ", and Winter Ledger", true],
    ["and", " and The Long Quiet", true],
    ["or", " or Winter Ledger", true],
    ["an ampersand", " & Winter Ledger", true],
    ["a comma and an ampersand", ", & Winter Ledger", true],
    ["nothing: a word", " starring Winter Ledger", false],
    ["nothing: a word starting with and", " andante", false],
    ["nothing: no space after the comma", ",Winter Ledger", false],
    ["nothing: a possessive", "'s and Winter Ledger", false],
    ["nothing: empty", "", false],
  ])("%s", (_name, after, want) => expect(startsWithJoin(after)).toBe(want));
});
