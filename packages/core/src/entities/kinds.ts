// Names the model calls people or organisations that are neither: facilities become locations; events, vessels,
// products and works are dropped (no graph node; see README, "Entities"). Only model spans: the lexicon is trusted.
import { flatMapPacked, mapPacked } from "../util/arrays.ts";
import type { Token } from "../schema/stages.ts";
import { recand, type Cand } from "./cand.ts";
import { BROADCAST } from "./shapes.ts";
import { EVENT_HEADS, FACILITY_HEADS, SURNAME_HEADS, THING_NOUNS, VESSEL_PREFIXES } from "./lexicon/things.ts";
import { PRODUCT_DETERMINERS } from "./lexicon/function-words.ts";
import { wordRegex } from "../util/word-regex.ts";

/** First words of a broadcaster's name ("Radio 1", "Channel 4", "BBC Two"), which goes on with a number. */
const BROADCASTER_FIRST = wordRegex([...BROADCAST, "BBC"]);

const MODEL_CODE = /^(\d+|\p{Lu}{1,2}\d+\p{L}?)$/u;
const OPEN_QUOTE = /[“"‘']$/;
const CLOSE_QUOTE = /^[”"’']/;

type Verdict = "keep" | "drop" | "facility";

/** What one mention says the name is: a thing (dropped), a facility, or nothing special. */
function verdict(text: string, tokens: Token[], c: Cand, unquoted: Set<string>, quoted: (c: Cand) => boolean): Verdict {
  const first = tokens[c.first]!.text,
    head = tokens[c.last]!.text,
    multi = c.last > c.first;
  const near = (t: Token | undefined, after: boolean) =>
    t && text.slice(after ? tokens[c.last]!.end : t.end, after ? t.start : tokens[c.first]!.start) === " "
      ? t.text
      : "";
  const prevWord = near(tokens[c.first - 1], false),
    nextWord = near(tokens[c.last + 1], true);
  if (multi && VESSEL_PREFIXES.has(first)) return "drop"; // "HMS Ardent"
  if (THING_NOUNS.has(prevWord)) return "drop"; // "the tanker Aurora", "the film Ray"
  if (multi && (EVENT_HEADS.has(head) || EVENT_HEADS.has(`${tokens[c.last - 1]!.text} ${head}`))) return "drop"; // "the Harbour Festival"
  const broadcaster = BROADCAST.has(head) || BROADCASTER_FIRST.test(first);
  if (multi && MODEL_CODE.test(head) && !broadcaster && !BROADCAST.has(tokens[c.last - 1]!.text)) return "drop"; // "Lumio 5"
  if (MODEL_CODE.test(nextWord) && !broadcaster && PRODUCT_DETERMINERS.has(prevWord.toLowerCase())) return "drop"; // "the Lumio 7" tagged "Lumio"
  if (!multi && MODEL_CODE.test(first) && /^\p{Lu}/u.test(prevWord)) return "drop"; // "Nova X2" tagged "X2"
  if (quoted(c) && !unquoted.has(c.name) && c.kind !== "location") return "drop"; // “Harbor Hour”
  if (multi && FACILITY_HEADS.has(head) && c.kind !== "location" && !(c.kind === "person" && SURNAME_HEADS.has(head)))
    return "facility";
  return "keep";
}

/** One sense per article: a name that is a thing at one mention is a thing at every mention ("the tanker Aurora Crest" … "the Aurora Crest"). */
export function typeThings(text: string, tokens: Token[], cands: Cand[]): Cand[] {
  const quoted = (c: Cand) =>
    OPEN_QUOTE.test(text.slice(0, tokens[c.first]!.start)) && CLOSE_QUOTE.test(text.slice(tokens[c.last]!.end));
  const unquoted = new Set<string>();
  for (const c of cands) if (!quoted(c)) unquoted.add(c.name);
  const model = (c: Cand) => !c.rule.startsWith("lexicon") && c.kind !== "country";
  const things = new Set<string>();
  const verdicts = mapPacked(cands, (c) => (model(c) ? verdict(text, tokens, c, unquoted, quoted) : "keep"));
  cands.forEach((c, i) => verdicts[i] === "drop" && things.add(c.name));
  return flatMapPacked(cands, (c, i): Cand[] => {
    if (model(c) && things.has(c.name)) return [];
    return verdicts[i] === "facility" ? [recand(c, { kind: "location", rule: `${c.rule}+facility` })] : [c];
  });
}
