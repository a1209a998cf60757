// Build the NER gazetteers (packages/core/models/gazetteer.txt) from installed packages plus short lists we
// wrote: world-countries (countries, demonyms, capitals, regions), compromise's lexicon (names, places, orgs,
// roles) and the hand lists below. Output lines are `type<TAB>phrase`, phrases tokenised like the tagger input.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nlp from "compromise";
import { tokenize } from "../../packages/core/src/text/tokenize.ts";
import { modelsDir, repoRoot } from "./data.ts";

const require = createRequire(path.join(repoRoot, "packages/core/package.json"));
type Country = {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  region: string;
  subregion: string;
};
const countries = require("world-countries") as Country[];

// Hand lists: words that head or end names of each kind in news text (they are cues, not names).
const ORG_WORDS =
  "Inc Corp Corporation Co Company Ltd Limited Plc PLC LLC AG SA NV GmbH Group Holdings Bank Banks Party Union Council Ministry University College Association Federation Commission Committee Agency Institute Club FC United Airlines Airways Press News Times Post Exchange Fund Foundation Department Office Court Parliament Senate Congress Assembly Army Navy Police Board Bureau Trust Securities Capital Motors Industries Energy Oil Telecom Systems Technologies Network Service Services Organisation Organization Alliance Front Movement Brigade Church Television Radio Journal Daily Herald Tribune Reserve Authority Corp. Co. Inc. Ltd. Bros Partners International Investment Insurance Pharmaceuticals Administration Government Initiative Program Programme Project Coalition Campaign Division Command Forces Guard Corps Society Center Centre Academy School Hospital Cabinet Secretariat Directorate Administration's Caucus Tribunal Commission's Channel Magazine Review Gazette Observer Monitor Newsletter".split(
    " ",
  );
// News outlets and platforms (general knowledge; the names are quoted so often that the tagger needs them).
const OUTLETS = [
  "Reuters",
  "Associated Press",
  "AP",
  "AFP",
  "Agence France-Presse",
  "Bloomberg",
  "BBC",
  "CNN",
  "Fox News",
  "MSNBC",
  "NBC",
  "CBS",
  "ABC",
  "NPR",
  "PBS",
  "Al Jazeera",
  "Sky News",
  "The New York Times",
  "New York Times",
  "The Washington Post",
  "Washington Post",
  "The Wall Street Journal",
  "Wall Street Journal",
  "Financial Times",
  "The Guardian",
  "The Times",
  "The Economist",
  "The Telegraph",
  "The Independent",
  "Politico",
  "Axios",
  "Tass",
  "Interfax",
  "RIA Novosti",
  "Xinhua",
  "Kyodo",
  "Yonhap",
  "YouTube",
  "Facebook",
  "Twitter",
  "Instagram",
  "TikTok",
  "Telegram",
  "Truth Social",
  "X",
];
const LOC_WORDS =
  "River Mountains Mountain Mount Sea Ocean Island Islands Street Road Avenue Square Province County City State Valley Lake Bay Gulf Peninsula Airport Strait Coast Desert Canal Bridge Hills Park Region District Republic Kingdom Territory Falls Heights Beach Port".split(
    " ",
  );
const EVENT_WORDS =
  "Cup Championship Championships Open Olympics Olympic Games Prix War Festival Tour Series League Award Awards Prize Summit Conference Grand Slam Marathon Derby Trophy Classic Masters Election Elections Revolution".split(
    " ",
  );
const TITLES =
  "president minister prime chairman chairwoman chief executive spokesman spokeswoman director secretary general senator governor mayor king queen prince princess judge coach mr mrs ms dr sir lord lady pope bishop cardinal ambassador envoy commander colonel captain lieutenant sergeant officer striker midfielder defender goalkeeper manager leader premier chancellor president-elect vice deputy foreign finance defence defense interior analyst economist trader dealer official analysts officials".split(
    " ",
  );
const DATES =
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday christmas easter".split(
    " ",
  );

const out = new Set<string>();
const add = (type: string, phrase: string | undefined) => {
  if (!phrase) return;
  const toks = tokenize(phrase).map((t) => t.text);
  if (toks.length === 0 || toks.length > 6) return;
  out.add(`${type}\t${toks.join(" ")}`);
};

for (const c of countries) {
  add("country", c.name.common);
  add("country", c.name.official);
  for (const a of c.altSpellings) if (a.length > 3) add("country", a);
  for (const cap of c.capital ?? []) add("capital", cap);
  const d = c.demonyms?.eng;
  for (const dm of new Set([d?.m, d?.f])) {
    add("demonym", dm);
    if (dm && /[nh]$/.test(dm)) add("demonym", `${dm}s`);
  }
  add("region", c.region);
  add("region", c.subregion);
}

const lex = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one
  .lexicon;
const MAP: Record<string, string> = {
  FirstName: "first",
  MaleName: "first",
  FemaleName: "first",
  LastName: "last",
  Person: "person",
  City: "city",
  Region: "region",
  Country: "country",
  Organization: "org",
  SportsTeam: "team",
  Demonym: "demonym",
  Month: "date",
  WeekDay: "date",
  Actor: "title",
  Honorific: "title",
};
for (const [w, t] of Object.entries(lex)) {
  for (const tag of Array.isArray(t) ? t : [t]) if (MAP[tag] && w.length > 1) add(MAP[tag], w);
}
for (const w of ORG_WORDS) add("orgword", w);
for (const o of OUTLETS) add("org", o);
for (const w of LOC_WORDS) add("locword", w);
for (const w of EVENT_WORDS) add("event", w);
for (const w of TITLES) add("title", w);
for (const w of DATES) add("date", w);

const lines = [...out].sort();
const file = path.join(modelsDir, "gazetteer.txt");
writeFileSync(file, lines.join("\n") + "\n");
process.stderr.write(`[build-gazetteers] wrote ${file}: ${lines.length} entries\n`);
