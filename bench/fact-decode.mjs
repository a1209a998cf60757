// Bench-only: CPU of decoding every document's facts held by two snapshots, alternated in one process: A's as one
// JSON (the encoding before fact-bytes.ts), B's whole (decodeFacts) and line one alone (decodeCarried, what a
// rebuild reads of a carried document). Usage: node bench/fact-decode.mjs A_CHECKOUT A_CACHE B_CACHE [ROUNDS=4]
// (run from the B checkout, built; each cache folder holds its checkout's snapshot.bin)
import path from "node:path";
const [A, CA, CB, R = "4"] = process.argv.slice(2);
if (!CB) throw new Error("bench/fact-decode: usage: node bench/fact-decode.mjs A_CHECKOUT A_CACHE B_CACHE [ROUNDS]");
const root = path.resolve(import.meta.dirname, "..");
const mod = (co, f) => import(path.join(path.resolve(co), "packages/cli/dist", f));
const read = async (co, dir) => {
  const { readSnapshot } = await mod(co, "snapshot.js");
  const { versions } = await mod(co, "cache.js");
  const r = readSnapshot(dir, versions().library);
  if (!r.snapshot) throw new Error(`bench/fact-decode: no usable snapshot in ${dir} for ${co} (${r.problem})`);
  return [...r.snapshot.docs.values()].map((d) => d.facts);
};
const a = await read(A, CA),
  b = await read(root, CB);
const { decodeCarried, decodeFacts } = await mod(root, "fact-bytes.js");
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const mib = (n) => (n / 2 ** 20).toFixed(1);
let one = 0;
for (const f of b) one += f.indexOf(10) < 0 ? f.length : f.indexOf(10);
const sum = (l) => l.reduce((n, f) => n + f.length, 0);
console.log(`facts: A ${mib(sum(a))} MiB, B ${mib(sum(b))} MiB of which line one ${mib(one)} MiB`);
const runs = { "A JSON.parse": [], "B decodeFacts": [], "B decodeCarried": [] };
for (let r = 0; r < Number(R); r++) {
  let t = cpu();
  for (const f of a) JSON.parse(f.toString("utf8"));
  runs["A JSON.parse"].push(cpu() - t);
  t = cpu();
  for (const f of b) decodeFacts(f);
  runs["B decodeFacts"].push(cpu() - t);
  t = cpu();
  for (const f of b) decodeCarried(f);
  runs["B decodeCarried"].push(cpu() - t);
}
for (const [k, l] of Object.entries(runs)) console.log(`${k}: ${l.map((x) => x.toFixed(3)).join(", ")} s`);
