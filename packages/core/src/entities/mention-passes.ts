// Passes over a document's candidates once they are found: names broken at an initial joined, lone head words and surnames read as the names they refer to.
import type { RawMention, Token } from "../schema/stages.ts";
import { cand, recand, type Cand } from "./cand.ts";
import { isCap } from "./scan.ts";
import { ORG_HEADS } from "./lexicon/orgs.ts";
import { SUFFIXES } from "./lexicon/titles.ts";
import { SPEECH_AFTER_NAME } from "./lexicon/function-words.ts";
import { wordRegex } from "../util/word-regex.ts";
import { mapPacked } from "../util/arrays.ts";

const OPENS_WITH_INITIAL = /^\p{Lu}\.?\s/u;
const ENDS_WITH_INITIAL = /\s\p{Lu}\.?$/u;

/** "George" + "W Bush": the model may break a name at a middle initial; two person spans one space apart around an initial are one name. */
export function joinInitials(text: string, raw: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  for (let i = 0; i + 1 < raw.length; i++) {
    const r = raw[i]!,
      n = raw[i + 1]!;
    if (r.label !== "PER" || n.label !== "PER" || n.start !== r.end + 1 || text[r.end] !== " ") continue;
    if (!OPENS_WITH_INITIAL.test(n.text) && !ENDS_WITH_INITIAL.test(r.text)) continue;
    out ??= raw.slice();
    const k = out.indexOf(r);
    // every field written once, in the order of the model's mentions (a spread then overrides: another hidden class)
    out.splice(k, 2, { start: r.start, end: n.end, text: text.slice(r.start, n.end), label: r.label, rule: r.rule });
    i++;
  }
  return out ?? raw;
}

/**
 * `{ ...c, first, last, rule }` without writing a field twice. A spread followed by an override stores into a field the
 * copy already holds, and V8 then marks that field mutable for every object of the shape, throwing away all optimised
 * code that relied on it being constant (the lexicon scan and the attribution features among them, in every thread,
 * at the first article that takes this rare path). A fresh candidate of the one shape (`recand`).
 */
export function respan(c: Cand, first: number, last: number, rule: string): Cand {
  return recand(c, { first, last, rule });
}

/** "the Fund" after "the International Monetary Fund": a lone head word refers back to the organisation it ends. */
export function headsRefer(tokens: Token[], cands: Cand[]): Cand[] {
  const heads = new Map<string, Cand>();
  return mapPacked(cands, (c) => {
    if (c.kind !== "organization") return c;
    if (c.first === c.last && !c.rule.startsWith("lexicon")) {
      const h = heads.get(tokens[c.first]!.text);
      if (h) return respan(h, c.first, c.last, "org-head-backref");
    } else {
      const forms = c.org ? [...c.org.forms, c.name] : [c.name];
      for (const f of forms) {
        const last = f.split(" ").at(-1)!;
        if (f.includes(" ") && ORG_HEADS.has(last) && !heads.has(last)) heads.set(last, c);
      }
    }
    return c;
  });
}

/** Words after a bare surname that make it the subject of a report ("Corn told", "Keane said", "Pitts's view"). */
const AFTER_SURNAME = wordRegex([...SPEECH_AFTER_NAME, "according", "'s", "’s"]);

/** A lone word tagged ORG or LOC, or missed, that is the surname of a person named in full here is that person ("Lindqvist said"). */
export function surnamesArePeople(text: string, tokens: Token[], cands: Cand[]): Cand[] {
  const surnames = new Set<string>();
  for (const c of cands)
    if (c.kind === "person" && c.last > c.first && !SUFFIXES.has(tokens[c.last]!.text))
      surnames.add(tokens[c.last]!.text);
  if (surnames.size === 0) return cands;
  const covered = new Set<number>();
  for (const c of cands) for (let i = c.first; i <= c.last; i++) covered.add(i);
  const found: Cand[] = [];
  tokens.forEach((t, i) => {
    if (
      !covered.has(i) &&
      surnames.has(t.text) &&
      AFTER_SURNAME.test(tokens[i + 1]?.text ?? "") &&
      !isCap(tokens[i - 1])
    )
      found.push(cand(i, i, "person", t.text, "surname-scan"));
  });
  if (found.length > 0) cands = [...cands, ...found].sort((x, y) => x.first - y.first);
  return mapPacked(cands, (c) =>
    c.first === c.last && c.kind !== "person" && !c.rule.startsWith("lexicon") && surnames.has(tokens[c.first]!.text)
      ? cand(c.first, c.last, "person", text.slice(tokens[c.first]!.start, tokens[c.first]!.end), `${c.rule}+surname`)
      : c,
  );
}
