// Stage `entities`: names within one document (surname/first-name back-references, namesakes, possessives) and affiliations.
import { describe, expect, test } from "vitest";
import { entitiesOf, summary, affiliations } from "./entities-helpers.ts";

const people = (src: string) => summary(entitiesOf(src)).filter((x) => x.startsWith("person:"));
const mentionOf = (src: string, surface: string, nth = 0) =>
  entitiesOf(src).mentions.filter((m) => m.text === surface)[nth]?.entity;

describe("entities: names within a document", () => {
  test.each([
    ["surname refers back", "{PER:Dora Kelmann} arrived. {PER:Kelmann} said little.", ["person:Dora Kelmann"]],
    ["first name refers back", "{PER:Ilse Varnik} arrived. Later {PER:Ilse} laughed.", ["person:Ilse Varnik"]],
    ["possessive folded", "{PER:Dora Kelmann}'s office said {PER:Kelmann’s} plan stood.", ["person:Dora Kelmann"]],
    [
      "typo of the surname",
      "{PER:Oleksiy Marchenko} spoke. Later {PER:Marchenkko} condemned it.",
      ["person:Oleksiy Marchenko"],
    ],
    [
      "namesakes both in full stay apart",
      "{PER:Katrin Lindholm} spoke. {PER:Per Lindholm}, an analyst, disagreed.",
      ["person:Katrin Lindholm", "person:Per Lindholm"],
    ],
    [
      "father and son",
      "Senator {PER:Harold Brantley} wrote. His son {PER:Harold Brantley Jr.} runs a firm.",
      ["person:Harold Brantley", "person:Harold Brantley Jr."],
    ],
    [
      "nickname in the same article",
      "{PER:Robert Ansley} arrived. {PER:Rob Ansley} then left.",
      ["person:Robert Ansley"],
    ],
    ["nothing: no names", "Officials said the talks had stalled again.", []],
  ])("%s", (_n, src, want) => expect(people(src)).toEqual(want));

  test("a surname the model missed is found when it reports something", () => {
    expect(mentionOf("{PER:Glen Harrow} spoke first. Harrow told reporters the plan was dead.", "Harrow")).toBe(
      "person:glen-harrow",
    );
  });
  test("nothing: the same word used otherwise is no mention", () => {
    expect(entitiesOf("{PER:Tom Young} left. Young people said they would stay.").mentions).toHaveLength(1);
  });
  test("a lone surname after two namesakes goes to the nearest", () => {
    const src =
      "{PER:Katrin Lindholm} spoke. {PER:Per Lindholm}, an analyst, disagreed. {PER:Lindholm} said prices would rise.";
    expect(mentionOf(src, "Lindholm")).toBe("person:per-lindholm");
  });
  test("a headline surname before its namesakes goes to the first introduced", () => {
    const src = "{PER:Lindholm} presses on\n\nCommissioner {PER:Katrin Lindholm} spoke. {PER:Per Lindholm} disagreed.";
    expect(mentionOf(src, "Lindholm")).toBe("person:katrin-lindholm");
  });
  test("the title decides between father and son", () => {
    const src =
      "Senator {PER:Harold Brantley} wrote. {PER:Harold Brantley Jr.} replied. Senator {PER:Brantley} said more.";
    expect(mentionOf(src, "Brantley")).toBe("person:harold-brantley");
  });
});

describe("entities: roles and affiliations", () => {
  test.each([
    [
      "title before the name, country",
      "Russian Foreign Minister {PER:Sergei Valko} said no.",
      ["person:sergei-valko -> country:russia [Foreign Minister]"],
    ],
    [
      "title before the name, organisation",
      "White House envoy {PER:Tom Wexley} arrived.",
      ["person:tom-wexley -> organization:white-house [envoy]"],
    ],
    [
      "apposition, former",
      "{PER:Glen Harrow}, a former senior CIA officer, told reporters.",
      ["person:glen-harrow -> organization:cia [senior CIA officer] former"],
    ],
    [
      "apposition with possessive organisation",
      "{PER:Rob Danner}, former Chief of CIA’s Central Eurasia Division, said so.",
      ["person:rob-danner -> organization:cia [Chief] former"],
    ],
    [
      "relative clause, (Ret.)",
      "General {PER:Jack Kearns} (Ret.), who served as Vice Chief of Staff of the U.S. Army, said it.",
      ["person:jack-kearns -> organization:u-s-army [Vice Chief of Staff] former"],
    ],
    [
      "Retired General and apposition",
      "Retired General {PER:Phil Breen}, former NATO Supreme Allied Commander, told us.",
      ["person:phil-breen -> organization:nato [Supreme Allied Commander] former"],
    ],
    [
      "relative clause, present",
      "{PER:Dana Whitby}, who is the deputy head of the IMF mission, said so.",
      ["person:dana-whitby -> organization:imf [deputy head] "],
    ],
    [
      "former before the organisation",
      "former CIA Senior Executive {PER:Dave Pott} told us.",
      ["person:dave-pott -> organization:cia [Senior Executive] former"],
    ],
    [
      "reverse apposition",
      "Moldova's energy minister, {PER:Sorin Cebu}, attended.",
      ["person:sorin-cebu -> country:moldova [energy minister]"],
    ],
    [
      "copular predicate",
      "His son, {PER:Harold Brant Jr.}, is chief executive of {ORG:Brant LNG}.",
      ["person:harold-brant-jr -> organization:brant-lng [chief executive]"],
    ],
    [
      "nothing: a clause is not an apposition",
      "According to {PER:Mihai Dobra}, the ministry has asked {ORG:Carpathia Energy} to help.",
      [],
    ],
    ["nothing: an organisation in the same sentence", "{PER:Lena Ostrova} said the IMF would lend money.", []],
  ])("%s", (_n, src, want) =>
    expect(affiliations(entitiesOf(src)).map((x) => x.replace(/ $/, " "))).toEqual(
      want.map((w) => w.replace(/ $/, "")),
    ),
  );

  test("a retired rank is a former role on the person", () => {
    const e = entitiesOf("General {PER:Jack Kearns} (Ret.) spoke.");
    expect(e.entities.find((x) => x.kind === "person")?.roles).toEqual([{ role: "General", former: true }]);
  });
  test("organisations are part of or based in their country", () => {
    const e = entitiesOf("The {ORG:CIA} briefed the U.S. Congress as {ORG:Rosneft} and Russia waited.");
    const rel = e.relations
      .filter((r) => r.kind !== "affiliated_with")
      .map((r) => `${r.kind} ${r.source} ${r.target}`)
      .sort();
    expect(rel).toEqual(["based_in organization:rosneft country:russia"]);
  });
  test.each([
    [
      "the fund",
      "The IMF met. The fund's spokeswoman, {PER:Grace Adewole}, declined to comment.",
      "person:grace-adewole -> organization:imf [spokeswoman]",
    ],
    [
      "the company",
      "{ORG:Carpathia Energy} said repairs were due. The company's chief executive, {PER:Lucian Mateescu}, agreed.",
      "person:lucian-mateescu -> organization:carpathia-energy [chief executive]",
    ],
  ])("a generic noun refers to the organisation before it: %s", (_n, src, want) =>
    expect(affiliations(entitiesOf(src))).toEqual([want]),
  );
  test("nothing: a generic noun with no organisation before it", () => {
    expect(affiliations(entitiesOf("The company's chief executive, {PER:Lucian Mateescu}, agreed."))).toEqual([]);
  });
});
