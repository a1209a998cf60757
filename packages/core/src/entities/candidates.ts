// Typed mention candidates from the NER spans and the lexicon scan: titles peeled off, possessives folded, lexicon wins on exact spans.
import type { RawMention, Token } from "../schema/stages.ts";
import type { Lexicon } from "./lexicon/index.ts";
import type { Cand } from "./cand.ts";
import { scanLexicon, type LexMatch } from "./scan.ts";
import { repairSpans } from "./spans.ts";
import { headsRefer, joinInitials, surnamesArePeople } from "./mention-passes.ts";
import { readModelSpan } from "./model-span.ts";
import { push, typeOf, type Scan } from "./span-scan.ts";
import { startsLower } from "../util/letters.ts";

export type { Cand } from "./cand.ts";

export function findCandidates(
  text: string,
  tokens: Token[],
  raw: RawMention[],
  lex: Lexicon,
  sentenceStarts: Set<number>,
): Cand[] {
  const lexMatches = scanLexicon(text, tokens, lex);
  const lexAt = new Map<number, LexMatch>();
  const lexCover = new Array<LexMatch | undefined>(tokens.length);
  for (const m of lexMatches) {
    lexAt.set(m.first, m);
    for (let i = m.first; i <= m.last; i++) lexCover[i] = m;
  }
  // words the article also writes in lowercase are ordinary words, not names ("Although", "Troubled", "Robot")
  const vocab = new Set<string>();
  for (const t of tokens) if (startsLower(t.text)) vocab.add(t.text);
  const s: Scan = {
    text,
    tokens,
    lex,
    sentenceStarts,
    lexAt,
    lexCover,
    vocab,
    typed: new Map<LexMatch, Cand | null>(),
    prevPlace: { at: null },
    out: [],
    covered: new Uint8Array(tokens.length),
    a: 0,
    b: 0,
    titled: false,
    titleAt: -1,
  };
  for (const m of lexMatches) typeOf(s, m); // in text order, so "and" conjuncts see the previous decision
  for (const r of joinInitials(text, raw)) readModelSpan(s, r);
  // lexicon-only mentions the model missed: countries, demonyms, known organisations, places
  const { out, covered } = s;
  for (const m of lexMatches) {
    let free = true;
    for (let i = m.first; i <= m.last && free; i++) free = !covered[i];
    const c = free ? typeOf(s, m) : null;
    if (c) push(s, c);
  }
  out.sort((x, y) => x.first - y.first);
  return headsRefer(
    tokens,
    surnamesArePeople(text, tokens, repairSpans({ text, tokens, lex, vocab, sentenceStarts }, out)),
  );
}
