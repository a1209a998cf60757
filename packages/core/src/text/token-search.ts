// Binary searches over a document's tokens by character offset (tokens are sorted and never overlap).
import type { Token } from "../schema/stages.ts";

/** Index of the token whose `start` (or `end`) is exactly `off`, or undefined: a span on token boundaries maps to tokens. */
export function tokenWithEdge(tokens: Token[], off: number, side: "start" | "end"): number | undefined {
  let lo = 0,
    hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = tokens[mid]![side];
    if (v === off) return mid;
    if (v < off) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Index of the token starting at `off` or containing it, -1 when `off` falls between tokens or outside them. */
export function tokenHolding(tokens: Token[], off: number): number {
  let lo = 0,
    hi = tokens.length - 1,
    best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start <= off) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && off < tokens[best]!.end ? best : -1;
}

/** Index of the first token ending after character `pos` (tokens.length when none does): where a span starting at `pos` begins. */
export function firstTokenEndingAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
