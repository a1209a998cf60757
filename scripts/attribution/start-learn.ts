// npx tsx --conditions=development scripts/attribution/start-learn.ts DUMP [--folds 5] [--show N]: offline probe of a learned start choice. For each statement of ours whose cue stands right before its content, the candidates are the word starts among the content's first words; an averaged perceptron (cross-validated by document on the dump) picks one or keeps the start, and the moves it makes are rescored per document.
import { readFileSync } from "node:fs";
import type { DocPair } from "../eval/attribution/score.ts";
import { score } from "../eval/attribution/score.ts";

const args = process.argv.slice(2);
const pairs = JSON.parse(readFileSync(args[0]!, "utf8")) as DocPair[];
const folds = args.includes("--folds") ? Number(args[args.indexOf("--folds") + 1]) : 5;
let nShow = args.includes("--show") ? Number(args[args.indexOf("--show") + 1]) : 0;
const K = Number(process.env.K ?? 8);
const EPOCHS = Number(process.env.EPOCHS ?? 5);
const clip = (s: string) => s.replace(/\s+/g, " ").slice(0, 90);
interface Cand {
  feats: string[];
  delta: number;
  at: number;
}
interface Site {
  doc: number;
  pred: number;
  cands: Cand[];
  text: string;
}
const sites: Site[] = [];
const WORD = /[^\s]+/g;
pairs.forEach((d, di) => {
  const base = score([d]).strict.tp;
  d.pred.forEach((p, i) => {
    if (p.content.length !== 1 || p.cue.length !== 1) return;
    const c = p.content[0]!;
    const cue = p.cue[0]!;
    if (cue.end > c.start || c.start - cue.end > 2) return;
    const t = d.text.slice(c.start, c.end);
    const words = [...t.matchAll(WORD)].slice(0, K + 1);
    if (words.length < 3) return;
    const cueWords = d.text.slice(cue.start, cue.end).toLowerCase().split(/\s+/);
    const fam = (p.rule ?? "?").split(":")[1]?.split("+")[0] ?? "?";
    const cands: Cand[] = [];
    for (let j = 1; j < Math.min(words.length - 1, K + 1); j++) {
      const skipped = words.slice(0, j).map((w) => w[0].toLowerCase());
      const first = words[j]![0].toLowerCase();
      if (/[“"‘]/.test(skipped.join(" "))) break;
      const start = c.start + words[j]!.index;
      const pred = d.pred.slice();
      pred[i] = { ...p, content: [{ start, end: c.end }] };
      const delta = score([{ ...d, pred }]).strict.tp - base;
      const last = skipped[j - 1]!;
      const shape = (w: string) => (/^[A-Z]/.test(w) ? "C" : /^[a-z]/.test(w) ? "l" : "o");
      const feats = [
        `n=${j}`,
        `first=${first}`,
        `last=${last}`,
        `last+first=${last}|${first}`,
        `cue=${cueWords.at(-1)}`,
        `cue+last=${cueWords.at(-1)}|${last}`,
        `cue+first=${cueWords.at(-1)}|${first}`,
        `fam=${fam}`,
        `fam+first=${fam}|${first}`,
        `fam+n=${fam}|${Math.min(j, 4)}`,
        `comma=${/,$/.test(last)}`,
        `shape=${words
          .slice(0, j)
          .map((w) => shape(w[0]))
          .join("")}`.slice(0, 14),
        `skip0=${skipped[0]}`,
        `first+n=${first}|${Math.min(j, 4)}`,
      ];
      cands.push({ feats, delta, at: j });
    }
    if (cands.length) sites.push({ doc: di, pred: i, cands, text: `[${d.text.slice(cue.start, cue.end)}] ${clip(t)}` });
  });
});
console.log(
  `${sites.length} sites, ${sites.reduce((n, s) => n + s.cands.length, 0)} candidates, oracle +${sites.reduce((n, s) => n + Math.max(0, ...s.cands.map((c) => c.delta)), 0)}`,
);
// averaged perceptron: score(cand) > 0 means move there; keep (score 0) otherwise
const dot = (w: Map<string, number>, f: string[]) => f.reduce((s, x) => s + (w.get(x) ?? 0), 0);
let total = 0,
  moves = 0,
  gains = 0,
  losses = 0;
for (let f = 0; f < folds; f++) {
  const w = new Map<string, number>(),
    acc = new Map<string, number>();
  let tick = 1;
  const train = sites.filter((s) => s.doc % folds !== f);
  const upd = (feats: string[], y: number) => {
    for (const x of feats) {
      w.set(x, (w.get(x) ?? 0) + y);
      acc.set(x, (acc.get(x) ?? 0) + y * tick);
    }
  };
  const bias = ["bias"];
  for (let e = 0; e < EPOCHS; e++)
    for (const s of train) {
      tick++;
      // gold choice: the best delta candidate if it gains, else keep
      const best = s.cands.reduce((a, b) => (b.delta > a.delta ? b : a));
      const goldC = best.delta > 0 ? best : null;
      let pick: Cand | null = null,
        ps = 0;
      for (const c of s.cands) {
        const sc = dot(w, [...c.feats, ...bias]);
        if (sc > ps) {
          ps = sc;
          pick = c;
        }
      }
      if (pick !== goldC) {
        if (goldC) upd([...goldC.feats, ...bias], 1);
        if (pick) upd([...pick.feats, ...bias], -1);
      }
    }
  const avg = new Map<string, number>();
  for (const [k, v] of w) avg.set(k, v - (acc.get(k) ?? 0) / tick);
  for (const s of sites.filter((s) => s.doc % folds === f)) {
    let pick: Cand | null = null,
      ps = Number(process.env.MARGIN ?? 0);
    for (const c of s.cands) {
      const sc = dot(avg, [...c.feats, "bias"]);
      if (sc > ps) {
        ps = sc;
        pick = c;
      }
    }
    if (!pick) continue;
    moves++;
    total += pick.delta;
    if (pick.delta > 0) gains++;
    if (pick.delta < 0) losses++;
    if (nShow-- > 0) console.log(`${pick.delta} at ${pick.at} ${s.text}`);
  }
}
console.log(`held out: ${moves} moves, strict ${total >= 0 ? "+" : ""}${total} (${gains} gained, ${losses} lost)`);
