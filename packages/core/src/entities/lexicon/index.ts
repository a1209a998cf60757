// The entities lexicon: a value built once (see node/resources.ts) and passed in through Resources.lexicon.
import { tokenize } from "../../text/tokenize.ts";
import { buildCountries, type CountryInfo } from "./countries.ts";
import { ORGS, SEATS, ORG_CAPITALS, type OrgInfo } from "./orgs.ts";
import { PLACES, REGIONS, US_STATES } from "./places.ts";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "./first-names.ts";
import type { Gender } from "../gender.ts";

export type LexKind = "country" | "demonym" | "capital" | "seat" | "org" | "region" | "usstate" | "place";

export interface LexHit {
  kind: LexKind;
  /** canonical name of the entity the phrase names (country, organisation or place) */
  name: string;
  /** ISO code: the country itself, the country of a capital/place, or an organisation's home */
  iso?: string;
  org?: OrgInfo;
  /** for a capital that stands for an organisation when it acts ("Brussels" → EU) */
  agentOrg?: string;
}

export interface Lexicon {
  kind: "newsgraph-lexicon";
  /** phrases by their first token; longest first */
  byFirst: Map<string, { tokens: string[]; hits: LexHit[] }[]>;
  /** by ASCII code: 1 when some phrase's first token starts with that character, so the scan skips most tokens */
  firstAscii: Uint8Array;
  countries: Map<string, CountryInfo>;
  orgs: Map<string, OrgInfo>;
  /** first names the corpora gender consistently ("Mary" → female), derived by scripts/entities/first-names.ts */
  firstNames: Map<string, Gender>;
}

export function buildLexicon(): Lexicon {
  const byFirst: Lexicon["byFirst"] = new Map();
  const add = (phrase: string, hit: LexHit) => {
    // "Chișinău" is usually written "Chisinau" in English copy: index both
    const plain = phrase.normalize("NFKD").replace(/\p{M}/gu, "");
    if (plain !== phrase) addOne(plain, hit);
    addOne(phrase, hit);
  };
  const addOne = (phrase: string, hit: LexHit) => {
    const tokens = tokenize(phrase).map((t) => t.text);
    if (tokens.length === 0) return;
    const list = byFirst.get(tokens[0]!) ?? [];
    const same = list.find((e) => e.tokens.join(" ") === tokens.join(" "));
    if (same) {
      const dup = same.hits.find((h) => h.kind === hit.kind && (h.name === hit.name || hit.kind === "demonym"));
      if (dup && hit.agentOrg) dup.agentOrg = hit.agentOrg;
      else if (!dup) same.hits.push(hit);
    } else list.push({ tokens, hits: [hit] });
    byFirst.set(tokens[0]!, list);
  };
  const countries = new Map<string, CountryInfo>();
  for (const c of buildCountries()) {
    countries.set(c.iso, c);
    for (const n of c.names) add(n, { kind: "country", name: c.name, iso: c.iso });
    for (const d of c.demonyms) add(d, { kind: "demonym", name: c.name, iso: c.iso });
    for (const cap of c.capitals) add(cap, { kind: "capital", name: cap.replace(/,? D\.C\.$/, ""), iso: c.iso });
  }
  for (const [seat, iso] of Object.entries(SEATS)) add(seat, { kind: "seat", name: countries.get(iso)!.name, iso });
  const orgs = new Map<string, OrgInfo>();
  for (const o of ORGS) {
    orgs.set(o.name, o);
    for (const f of o.forms) add(f, { kind: "org", name: o.name, org: o, ...(o.country ? { iso: o.country } : {}) });
  }
  add("X", { kind: "org", name: "X", org: orgs.get("X")! });
  for (const [cap, org] of Object.entries(ORG_CAPITALS))
    add(cap, { kind: "capital", name: cap, iso: "BE", agentOrg: org });
  for (const r of REGIONS) add(r, { kind: "region", name: r });
  for (const s of US_STATES) add(s, { kind: "usstate", name: s, iso: "US" });
  for (const [p, iso] of Object.entries(PLACES)) add(p, { kind: "place", name: p, iso });
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const firstNames = new Map<string, Gender>([
    ...FEMALE_FIRST_NAMES.map((n) => [n, "female"] as const),
    ...MALE_FIRST_NAMES.map((n) => [n, "male"] as const),
  ]);
  const firstAscii = new Uint8Array(128);
  for (const key of byFirst.keys()) if (key.charCodeAt(0) < 128) firstAscii[key.charCodeAt(0)] = 1;
  return { kind: "newsgraph-lexicon", byFirst, firstAscii, countries, orgs, firstNames };
}
