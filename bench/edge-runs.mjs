// Bench-only: the lines of NEXT (a rebuild's graph.json) byte-identical to a line of PREV (the graph.json before it),
// with edge keys as they are (global ranks) and with the key dropped (what a content key would give): counts, bytes,
// and maximal runs (consecutive in both files, so copyable as one chunk). Usage: node --max-old-space-size=6000
// bench/edge-runs.mjs PREV NEXT
import { readFileSync } from "node:fs";
const [PREV, NEXT] = process.argv.slice(2);
if (!NEXT) throw new Error("bench/edge-runs: usage: node bench/edge-runs.mjs PREV NEXT");
const sections = (file) => {
  const lines = readFileSync(file, "latin1").split("\n");
  const e = lines.indexOf('"edges":[');
  const n = lines.indexOf('"nodes":[');
  const strip = (l) => (l.endsWith(",") ? l.slice(0, -1) : l);
  return { nodes: lines.slice(n + 1, e - 1).map(strip), edges: lines.slice(e + 1, -2).map(strip) };
};
const p = sections(PREV),
  q = sections(NEXT);
const nokey = (l) => l.replace(/^\{"key":"e\d+",/, "{");
const isStmt = (l) => /^\{"key":"statement:/.test(l) || /"(source|target)":"statement:/.test(l);
function compare(prev, next, f, label) {
  const at = new Map();
  prev.forEach((l, i) => at.set(f(l), i));
  let same = 0,
    bytes = 0,
    runs = 0,
    last = -2,
    total = 0,
    stmtSame = 0;
  for (const l of next) {
    total += l.length + 2;
    const i = at.get(f(l));
    if (i === undefined) {
      last = -2;
      continue;
    }
    same++;
    bytes += l.length + 2;
    if (isStmt(l)) stmtSame++;
    if (i !== last + 1) runs++;
    last = i;
  }
  console.log(
    `${label}: ${next.length} lines (${(total / 2 ** 20).toFixed(1)} MiB), ${same} identical (${stmtSame} statement), ${(bytes / 2 ** 20).toFixed(1)} MiB, in ${runs} runs`,
  );
}
console.log(
  `prev ${p.nodes.length} nodes ${p.edges.length} edges; next ${q.nodes.length} nodes ${q.edges.length} edges; next statement edges ${q.edges.filter(isStmt).length}`,
);
compare(p.nodes, q.nodes, (l) => l, "nodes");
compare(p.edges, q.edges, (l) => l, "edges, rank keys");
compare(p.edges, q.edges, nokey, "edges, content keys (key dropped)");
// how far ranks shift: the first edge whose key differs
let first = -1;
for (let i = 0; i < Math.min(p.edges.length, q.edges.length); i++)
  if (p.edges[i] !== q.edges[i]) {
    first = i;
    break;
  }
console.log(`first edge line that differs: ${first} of ${q.edges.length}`);
