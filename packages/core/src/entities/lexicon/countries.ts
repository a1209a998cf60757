// Country table: every ISO 3166 entry from world-countries, plus the everyday forms news uses ("the U.S.", "Britain").
import type { Country } from "world-countries";
// the JSON itself, with an import attribute: the package's ESM entry re-exports it without one, which Node rejects
import data from "world-countries/countries.json" with { type: "json" };

const countries = data as unknown as Country[];

export interface CountryInfo {
  iso: string;
  /** canonical name: the common English name */
  name: string;
  /** surface forms that name the country itself */
  names: string[];
  /** adjectives and nouns for its people: "Russian", "Russians" */
  demonyms: string[];
  capitals: string[];
}

/** Not countries even though ISO lists them (continents), or ambiguous as bare words. */
const EXCLUDE = new Set(["AQ", "UM", "BV", "HM"]);

/** Our own common forms, keyed by ISO code. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the States"],
  GB: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
  RU: ["Russian Federation"],
  KR: ["South Korea", "Republic of Korea"],
  KP: ["North Korea", "DPRK"],
  CN: ["PRC", "People's Republic of China", "Mainland China"],
  CD: ["DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo"],
  CG: ["Congo-Brazzaville"],
  AE: ["UAE", "U.A.E."],
  NL: ["Holland", "the Netherlands"],
  CZ: ["Czech Republic"],
  CI: ["Ivory Coast", "Cote d'Ivoire"],
  TR: ["Türkiye", "Turkiye", "Turkey"],
  MM: ["Burma"],
  VA: ["Vatican", "Holy See"],
  PS: ["Palestinian territories"],
  IR: ["Persia"],
  SZ: ["Swaziland"],
  MK: ["Macedonia"],
  TL: ["East Timor"],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ["American", "Americans", "US", "U.S."],
  GB: ["British", "Briton", "Britons", "UK", "U.K."],
  NL: ["Dutch"],
  CN: ["Chinese"],
  JP: ["Japanese"],
  FR: ["French", "Frenchman"],
  DE: ["German", "Germans"],
  UA: ["Ukrainian", "Ukrainians"],
  RU: ["Russian", "Russians"],
  IL: ["Israeli", "Israelis"],
  PS: ["Palestinian", "Palestinians"],
  KR: ["South Korean", "South Koreans"],
  KP: ["North Korean", "North Koreans"],
  CH: ["Swiss"],
  SE: ["Swede", "Swedes", "Swedish"],
  DK: ["Danes", "Danish"],
  FI: ["Finns", "Finnish"],
  PL: ["Poles", "Polish"],
  ES: ["Spaniard", "Spaniards", "Spanish"],
  TR: ["Turks", "Turkish"],
  IE: ["Irish"],
  PH: ["Filipino", "Filipinos"],
  VN: ["Vietnamese"],
  PT: ["Portuguese"],
  LB: ["Lebanese"],
  SD: ["Sudanese"],
  AF: ["Afghan", "Afghans"],
};
/** Canonical names as English news writes them, where world-countries' common name differs ("Türkiye"). */
const NEWS_NAME: Record<string, string> = { TR: "Turkey" };
/** Forms that are also common words or first names: never a country on their own. */
const DROP = new Set(["Mann", "Finn", "Pole", "Dane", "Turk", "Viti", "Man"]);

/** Capitals as news writes them (world-countries has "Washington D.C.", "Kiev" is still common). */
export const EXTRA_CAPITALS: Record<string, string[]> = {
  US: ["Washington", "Washington, D.C."],
  UA: ["Kiev"],
  IN: ["Delhi"],
  IL: ["Tel Aviv"],
};

function plural(d: string): string[] {
  if (/(ese|ish|ch|ss|i)$/.test(d) || d.includes(" ")) return [d];
  return [d, d + "s"];
}

export function buildCountries(): CountryInfo[] {
  const out: CountryInfo[] = [];
  // independent states first, so a shared demonym ("American") names the state, not a territory
  const sorted = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of sorted) {
    if (EXCLUDE.has(c.cca2)) continue;
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const a of c.altSpellings) if (a.length > 3 && !/^[A-Z]+$/.test(a) && !/[()]/.test(a)) names.add(a);
    for (const a of EXTRA_NAMES[c.cca2] ?? []) names.add(a);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.["eng"];
    if (eng) for (const d of [eng.m, eng.f]) if (d && !names.has(d)) for (const p of plural(d)) demonyms.add(p);
    for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) demonyms.add(d);
    for (const set of [names, demonyms]) for (const d of DROP) set.delete(d);
    const capitals = [...(c.capital ?? []), ...(EXTRA_CAPITALS[c.cca2] ?? [])];
    out.push({
      iso: c.cca2,
      name: NEWS_NAME[c.cca2] ?? c.name.common,
      names: [...names],
      demonyms: [...demonyms],
      capitals,
    });
  }
  return out;
}
