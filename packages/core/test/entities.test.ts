// Stage `entities`: typing (countries, demonyms, capitals, seats, regions, US states, organisations) and rows that find nothing.
import { describe, expect, test } from "vitest";
import { entitiesOf, summary } from "./entities-helpers.ts";

const typing: [string, string, string[]][] = [
  [
    "title stripped into a role",
    "Finance Minister {PER:Ilse Varnik} met {LOC:Austria}'s lenders.",
    ["country:Austria", "person:Ilse Varnik"],
  ],
  [
    "demonym and capital as agent are the country",
    "{MISC:Russian} forces shelled the town, {LOC:Moscow} said.",
    ["country:Russia"],
  ],
  ["capital as a place stays a location", "Residents of {LOC:Kyiv} queued for water.", ["location:Kyiv"]],
  ["seat of government without NER", "The Kremlin rejected the offer on Monday.", ["country:Russia"]],
  [
    "continents and regions are never countries",
    "{LOC:Europe} and {LOC:Eastern Europe} braced for winter as the West hesitated.",
    ["location:Eastern Europe", "location:Europe"],
  ],
  [
    "Georgia the US state",
    "Senator {PER:Dale Hutton}, a Republican from the state of {LOC:Georgia}, spoke.",
    ["location:Georgia", "person:Dale Hutton"],
  ],
  [
    "Georgia the country",
    "{LOC:Georgia} and {LOC:Armenia} signed a deal in {LOC:Tbilisi}.",
    ["country:Armenia", "country:Georgia", "location:Tbilisi"],
  ],
  [
    "city, state",
    "The terminal near {LOC:Savannah}, {LOC:Georgia} will load gas.",
    ["location:Georgia", "location:Savannah"],
  ],
  [
    "common country forms",
    "The U.S. and Britain agreed, the UK said.",
    ["country:United Kingdom", "country:United States"],
  ],
  [
    "acronyms and expansions from the lexicon",
    "{ORG:CIA}'s chief spoke to the {ORG:Federal Bureau of Investigation} and the {ORG:FBI}.",
    ["organization:CIA", "organization:FBI"],
  ],
  [
    "a country name inside a person name",
    "{PER:Chad Brennick} flew to {LOC:Jordan}.",
    ["country:Jordan", "person:Chad Brennick"],
  ],
  ["capital inside a person name", "{PER:Denzel Washington} opened the festival.", ["person:Denzel Washington"]],
  [
    "platform after 'on'",
    "In a post on X, {PER:Vadim Cebotar} wrote that the attack was planned.",
    ["organization:X", "person:Vadim Cebotar"],
  ],
  [
    "outlet keeps its article",
    "{PER:Lena Ostrova} told {ORG:The Harbor Ledger} that talks failed.",
    ["organization:The Harbor Ledger", "person:Lena Ostrova"],
  ],
  [
    "organisation head word",
    "{PER:Carpathia Energy} said repairs would take weeks.",
    ["organization:Carpathia Energy"],
  ],
  [
    "title-led span tagged ORG is the person",
    "{ORG:EU Energy Commissioner Katrin Lindholm} spoke.",
    ["organization:EU", "person:Katrin Lindholm"],
  ],
  [
    "state body by demonym",
    "The Russian defense ministry said drills would go on.",
    ["country:Russia", "organization:Russian Defense Ministry"],
  ],
  ["dateline capital", "KYIV — Talks resumed on Tuesday.", ["location:Kyiv"]],
  [
    "two capitals joined by 'and' are both places",
    "The envoy flew to {ORG:Chisinau and Bucharest} on Friday.",
    ["location:Bucharest", "location:Chișinău"],
  ],
  // rows that must find nothing
  ["nothing: plain sentence", "The weather was mild on Tuesday.", []],
  ["nothing: pronouns", "He said it would rain, and she agreed.", []],
  ["nothing: X as a letter", "X marks the spot where the treasure lies.", []],
  ["nothing: a title alone", "The {PER:Vice Chief} of the station left.", []],
  [
    "nothing: sentence-initial common word",
    "Despite it all {PER:Markets} fell, and traders said markets may recover.",
    [],
  ],
];

describe("entities: typing", () => {
  test.each(typing)("%s", (_name, src, want) => {
    expect(summary(entitiesOf(src))).toEqual(want);
  });
});

describe("entities: details", () => {
  test("countries carry ISO codes, places their country", () => {
    const e = entitiesOf("Residents of {LOC:Kyiv} fled as {LOC:Ukraine} appealed for help.");
    expect(e.entities.find((x) => x.kind === "country")?.iso).toBe("UA");
    expect(e.entities.find((x) => x.kind === "location")?.country).toBe("country:ukraine");
    expect(
      e.relations.some(
        (r) => r.kind === "located_in" && r.source === "location:kyiv" && r.target === "country:ukraine",
      ),
    ).toBe(true);
  });
  test("an acronym defined in the text names the same organisation", () => {
    const e = entitiesOf("The {ORG:Danube Grain Authority} (DGA) said the DGA would reopen.");
    expect(summary(e)).toEqual(["organization:Danube Grain Authority"]);
    expect(e.mentions.filter((m) => m.entity === "organization:danube-grain-authority")).toHaveLength(3);
  });
  test("a head word refers back to the organisation", () => {
    const e = entitiesOf("The International Monetary Fund met. The {ORG:Fund} said no.");
    expect(summary(e)).toEqual(["organization:IMF"]);
  });
  test("each entity records the rules that made it", () => {
    const e = entitiesOf("{LOC:Moscow} said {MISC:Russian} ships would stay.");
    expect(e.entities[0]!.rules).toEqual(expect.arrayContaining(["lexicon:capital-as-agent", "lexicon:demonym"]));
  });
  test("mention offsets index the untouched text", () => {
    const e = entitiesOf("“Yes,” said {PER:Mara Quellen}’s aide in {LOC:Kyiv}.\r\n");
    for (const m of e.mentions) expect(e.text.slice(m.start, m.end)).toBe(m.text);
  });
  test("the head of a compound ('UN-led', 'Russia-backed') is a mention of its own", () => {
    const e = entitiesOf("Moscow would accept only a UN-led inquiry into Russia-backed groups.");
    expect(summary(e)).toEqual(["country:Russia", "organization:UN"]);
    expect(e.mentions.map((m) => m.text)).toEqual(["Moscow", "UN", "Russia"]);
  });
  test("nothing: a hyphenated word that is not a name", () => {
    expect(summary(entitiesOf("A state-backed, well-run fund."))).toEqual([]);
  });
});
