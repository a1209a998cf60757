// Type evidence from the whole article: results lines and standings name teams, a dateline names a place, and a lone
// word that starts exactly one longer organisation name refers to it ("Vantor" after "Vantor Electronics").
import type { Token } from "../schema/stages.ts";
import { recand, type Cand } from "./cand.ts";
import { COMPANY_SUFFIXES, TEAM_SUFFIXES } from "./lexicon/name-words.ts";
import { mapPacked } from "../util/arrays.ts";

/** "Calder Rovers 2 Harwick Town 1" (a result) and "1. Calder Rovers 31" or "Calder Rovers 31" (a standings row). */
const RESULT = /^[ \t]*(\p{Lu}[\p{L}.' -]*?) +\d{1,3} *[-–]? *(\p{Lu}[\p{L}.' -]*?) +\d{1,3}[ \t]*$/gmu;
const STANDING = /^[ \t]*(?:\d{1,2}[.)] *)?(\p{Lu}[\p{L}.' -]*?) +\d{1,3}(?: +\d{1,3})*[ \t]*$/gmu;
/** "VELMAR, Norway —", "TALLINN —": a capitals word opening a paragraph before a comma or a dash. */
const DATELINE = /^(\p{Lu}{3,})(?:,| [—–-])/gmu;
/** The article's opening dateline: a place in capitals, then a comma and a capitalised word, or a dash. */
const OPENING_DATELINE = /^(\p{Lu}{3,})(?:, \p{Lu}| [—–-] )/mu;

export function articleTypes(text: string, tokens: Token[], cands: Cand[]): Cand[] {
  const model = (c: Cand) => !c.rule.startsWith("lexicon") && c.kind !== "country";
  const teams = new Set<string>();
  // a table: two lines or more of results or standings
  const lines = [RESULT, STANDING].flatMap((re) => [...text.matchAll(re)]);
  if (new Set(lines.map((m) => m.index)).size >= 2)
    for (const m of lines) for (const g of m.slice(1)) if (g && /\s/.test(g.trim())) teams.add(g.trim());
  // a team's last word alone is the team ("Rovers manager")
  const teamWord = new Map<string, string>();
  for (const t of teams) {
    const w = t.split(/\s+/).at(-1)!;
    teamWord.set(w, teamWord.has(w) && teamWord.get(w) !== t ? "" : t);
  }
  const places = new Set<string>();
  for (const m of text.matchAll(DATELINE)) places.add(m[1]![0] + m[1]!.slice(1).toLowerCase());
  // the dateline's own capitals ("LAKEMOOR —" at the top), not a wrapped line opening with an acronym ("CCC, has …")
  const opening = OPENING_DATELINE.exec(text.slice(0, 400));
  const capitalsPlace = opening?.[1];
  // lone word → the one longer organisation it starts
  const longer = new Map<string, string>();
  for (const c of cands) {
    // only a company or team name and its suffix ("Vantor Electronics", "Fenwick Wanderers"): "Barclays Capital" or
    // "Daily Telegraph" is another name
    const suffix = tokens[c.last]!.text;
    if (
      c.kind !== "organization" ||
      c.last !== c.first + 1 ||
      !model(c) ||
      !(COMPANY_SUFFIXES.has(suffix) || TEAM_SUFFIXES.has(suffix))
    )
      continue;
    const w = tokens[c.first]!.text;
    longer.set(w, longer.has(w) && longer.get(w) !== c.name ? "" : c.name);
  }
  return mapPacked(cands, (c) => {
    if (!model(c)) return c;
    if (teams.has(c.name) && c.kind !== "organization")
      return recand(c, { kind: "organization", rule: `${c.rule}+results-line` });
    if (c.first === c.last && teamWord.get(c.name) && !teams.has(c.name))
      return recand(c, { kind: "organization", name: teamWord.get(c.name)!, rule: `${c.rule}+team-word` });
    // the dateline itself is in capitals ("LAKEMOOR —"), its other mentions not
    if (c.first === c.last && c.kind === "organization" && (places.has(c.name) || c.name === capitalsPlace))
      return recand(c, { kind: "location", rule: `${c.rule}+dateline` });
    if (c.first === c.last && c.kind === "organization" && longer.get(c.name))
      return recand(c, { name: longer.get(c.name)!, rule: `${c.rule}+org-prefix` });
    return c;
  });
}
