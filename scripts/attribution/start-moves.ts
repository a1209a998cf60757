// Start moves simulated on an eval dump (`pnpm eval:attribution … --dump FILE`): each move rescored within its document, the changes summed per bucket (the *-starts.ts analyses).
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { score } from "../eval/attribution/score.ts";
import type { Attribution } from "./brat.ts";

type Score = ReturnType<typeof score>;
type Span = Attribution["cue"][number];
interface Bucket {
  n: number;
  strict: number;
  cue: number;
  src: number;
  overlap: number;
}

/** text on one line, cut to `max` characters */
export const clip = (s: string, max = 100) => s.replace(/\s+/g, " ").slice(0, max);

/** `DUMP [--show KEY N]` from the command line: the dump's documents, and moves printed for buckets matching KEY. */
export class StartMoves {
  readonly pairs: DocPair[];
  private readonly show: RegExp | null;
  private left: number;
  private readonly buckets = new Map<string, Bucket>();

  constructor(args = process.argv.slice(2)) {
    if (!args[0]) throw new Error("scripts/attribution: give an eval dump (pnpm eval:attribution … --dump FILE)");
    this.pairs = JSON.parse(readFileSync(args[0], "utf8")) as DocPair[];
    const at = args.indexOf("--show");
    this.show = at >= 0 ? new RegExp(args[at + 1]!) : null;
    this.left = at >= 0 ? Number(args[at + 2]) : 0;
  }

  /**
   * Document `d` rescored with its prediction `i` replaced by `q`, against `base` (`score([d])`), added to bucket
   * `key`; `example(change)` is printed when the bucket is shown. Returns the change in strict matches.
   */
  move(key: string, d: DocPair, base: Score, i: number, q: Attribution, example: (ds: number) => string): number {
    const pred = d.pred.slice();
    pred[i] = q;
    const after = score([{ ...d, pred }]);
    const b = this.buckets.get(key) ?? { n: 0, strict: 0, cue: 0, src: 0, overlap: 0 };
    const ds = after.strict.tp - base.strict.tp;
    b.n++;
    b.strict += ds;
    b.cue += after.cue.correct - base.cue.correct;
    b.src += after.source.correct - base.source.correct;
    b.overlap += after.overlap.tp - base.overlap.tp;
    this.buckets.set(key, b);
    if (this.show?.test(key) && this.left-- > 0) console.log(example(ds));
    return ds;
  }

  /**
   * Each prediction with one content part and one cue, with its document, the document's score before any move, its
   * place in the predictions and its two spans.
   */
  forEachSingle(f: (d: DocPair, base: Score, p: Attribution, i: number, content: Span, cue: Span) => void): void {
    for (const d of this.pairs) {
      const base = score([d]);
      d.pred.forEach((p, i) => {
        if (p.content.length === 1 && p.cue.length === 1) f(d, base, p, i, p.content[0]!, p.cue[0]!);
      });
    }
  }

  /** the buckets by number of moves (the first `top`), each key padded to `width`, then the totals */
  print(width: number, top = Number(process.env.TOP ?? Infinity)): void {
    const line = (b: Bucket) => `n=${b.n} strict ${b.strict} cue ${b.cue} src ${b.src} overlap ${b.overlap}`;
    const sorted = [...this.buckets].sort((a, b) => b[1].n - a[1].n);
    for (const [k, b] of sorted.slice(0, top)) console.log(`${k.padEnd(width)} ${line(b)}`);
    const total = { n: 0, strict: 0, cue: 0, src: 0, overlap: 0 };
    for (const [, b] of sorted) for (const f of Object.keys(total) as (keyof Bucket)[]) total[f] += b[f];
    console.log(`total ${line(total)}`);
  }
}

/** the signs of a strict change, for the examples */
export const sign = (ds: number) => (ds > 0 ? "+" : ds < 0 ? "-" : "=");
