// One document's entity candidate search as one object (candidates.ts makes it, model-span.ts and span-name.ts step through it).
import type { Token } from "../schema/stages.ts";
import type { Lexicon } from "./lexicon/index.ts";
import type { Cand } from "./cand.ts";
import type { LexMatch } from "./scan.ts";
import { typeLexMatch } from "./lex-match.ts";

/** the two characters before a token hold a line break and then only spaces: the token opens a line */
export const LINE_BREAK_BEFORE = /\n\s*$/;

/**
 * One document's candidate search: what every step reads, the candidates so far, and the span being read (`a`..`b`,
 * the title seen). One object of one shape per document. The steps are functions of their own, not one loop body, so
 * that a branch first taken late (they are many and rare) throws away and recompiles one small step, not the whole
 * search: as one function it was the largest the optimising compiler saw, compiled 6–9 times over BBC, 0.6–1.3 s each
 * as traced (docs/notes/scale.md, eighteenth session).
 */
export interface Scan {
  text: string;
  tokens: Token[];
  lex: Lexicon;
  sentenceStarts: Set<number>;
  lexAt: Map<number, LexMatch>;
  lexCover: (LexMatch | undefined)[];
  /** words the article also writes in lowercase are ordinary words, not names ("Although", "Troubled", "Robot") */
  vocab: Set<string>;
  typed: Map<LexMatch, Cand | null>;
  prevPlace: { at: number | null };
  out: Cand[];
  covered: Uint8Array;
  a: number;
  b: number;
  titled: boolean;
  titleAt: number;
}

/** What a lexicon match names here (decided once per match, in text order, see findCandidates). */
export function typeOf(s: Scan, m: LexMatch): Cand | null {
  if (!s.typed.has(m)) s.typed.set(m, typeLexMatch(s.text, s.tokens, m, s.lex, s.prevPlace));
  return s.typed.get(m)!;
}

export function push(s: Scan, c: Cand): void {
  s.out.push(c);
  for (let i = c.first; i <= c.last; i++) s.covered[i] = 1;
}

/** Every token of [a, b] passes (`tokens.slice(a, b + 1).every(f)` without the copy). */
export function everyToken(tokens: Token[], a: number, b: number, f: (t: Token) => boolean): boolean {
  for (let i = a; i <= b; i++) if (!f(tokens[i]!)) return false;
  return true;
}
