// Bench-only: writeGathered (packages/cli/src/io.ts), checkout A against B in one process, alternated (CPU each), on
// the chunks a rebuild hands it: GRAPH's statement lines as copied bytes, every other line as text, with separators.
// Both must give GRAPH's bytes (HASH=1 hashes the output). Usage: [HASH=1] node bench/gather-ab.mjs A B GRAPH [ROUNDS]
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
const [A, B, GRAPH, R = "6"] = process.argv.slice(2);
if (!GRAPH) throw new Error("bench/gather-ab: usage: node bench/gather-ab.mjs A B GRAPH [ROUNDS]");
const io = async (co) => (await import(path.join(path.resolve(co), "packages/cli/dist/io.js"))).writeGathered;
const wa = await io(A),
  wb = await io(B);
const buf = readFileSync(GRAPH);
const chunks = [];
for (let at = 0; ;) {
  const nl = buf.indexOf(10, at);
  if (nl < 0) {
    chunks.push(buf.toString("utf8", at));
    break;
  }
  let line = buf.subarray(at, nl);
  at = nl + 1;
  const comma = line[line.length - 1] === 0x2c;
  if (comma) line = line.subarray(0, -1);
  chunks.push(line.includes('"statement:') ? line : line.toString("utf8"));
  chunks.push(comma ? ",\n" : "\n");
}
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const runs = { A: [], B: [] };
const digests = new Set([createHash("sha1").update(buf).digest("hex")]);
for (let r = 0; r < Number(R); r++)
  for (const [s, w] of r % 2
    ? [
        ["B", wb],
        ["A", wa],
      ]
    : [
        ["A", wa],
        ["B", wb],
      ]) {
    const h = createHash("sha1");
    const t = cpu();
    w(chunks, (b) => void (process.env.HASH && h.update(b)));
    runs[s].push(cpu() - t);
    if (process.env.HASH) digests.add(h.digest("hex"));
  }
if (process.env.HASH) console.log(digests.size === 1 ? "both write the file's bytes" : "BYTES DIFFER");
for (const s of ["A", "B"]) console.log(s, runs[s].map((x) => x.toFixed(3)).join(" "), "s CPU");
