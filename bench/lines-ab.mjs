// Bench-only: what the PreviousLines A/B benches share (packages/cli/src/reuse-lines.ts): two checkouts' classes,
// PREV and NEXT from argv, NEXT parsed, and the rounds.
import { readFileSync } from "node:fs";
import path from "node:path";

/** `node bench/NAME A B PREV NEXT [ROUNDS=6]`: each checkout's compiled PreviousLines, NEXT's graph and the rounds. */
export async function linesArgs(name) {
  const [A, B, PREV, NEXT, R = "6"] = process.argv.slice(2);
  if (!NEXT) throw new Error(`bench/${name}: usage: node bench/${name} A B PREV NEXT [ROUNDS]`);
  const lines = async (co) =>
    (await import(path.join(path.resolve(co), "packages/cli/dist/reuse-lines.js"))).PreviousLines;
  return {
    PREV,
    rounds: Number(R),
    impl: { A: await lines(A), B: await lines(B) },
    g: JSON.parse(readFileSync(NEXT, "utf8")),
  };
}
