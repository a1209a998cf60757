// Bench-only: what content edge keys would save the rebuild's writer. CPU of asking PreviousLines for every node,
// then every edge, of NEXT (a rebuild's graph.json) against PREV, as the writer asks today (every document clean,
// every entity untouched), against reading PREV's edge section as one run (what a writer could hand on when an
// edge's line no longer holds its rank). Usage: node --max-old-space-size=6000 bench/edge-copy.mjs PREV NEXT [ROUNDS]
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
const [PREV, NEXT, R = "4"] = process.argv.slice(2);
if (!NEXT) throw new Error("bench/edge-copy: usage: node bench/edge-copy.mjs PREV NEXT [ROUNDS]");
const root = path.resolve(import.meta.dirname, "..");
const { PreviousLines } = await import(path.join(root, "packages/cli/dist/reuse-lines.js"));
const g = JSON.parse(readFileSync(NEXT, "utf8"));
const prev = readFileSync(PREV);
const from = prev.indexOf('\n"edges":[\n') + 11,
  to = prev.length;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const res = { "nodes asked": [], "edges asked": [], "edge section as one run": [] };
for (let r = 0; r < Number(R); r++) {
  const reuse = new PreviousLines(
    PREV,
    () => true,
    () => true,
    () => true,
  );
  let t = cpu();
  for (const n of g.nodes) reuse.node(n.key, n.attributes);
  res["nodes asked"].push(cpu() - t);
  t = cpu();
  for (const e of g.edges) reuse.edge(e.source, e.target, e.attributes, e.key);
  res["edges asked"].push(cpu() - t);
  reuse.close();
  t = cpu();
  const fd = openSync(PREV, "r");
  const buf = Buffer.allocUnsafe(to - from);
  for (let at = 0, n; at < buf.length && (n = readSync(fd, buf, at, buf.length - at, from + at)) > 0;) at += n;
  closeSync(fd);
  res["edge section as one run"].push(cpu() - t);
}
console.log(`edge section: ${((to - from) / 2 ** 20).toFixed(1)} MiB`);
for (const [k, l] of Object.entries(res)) console.log(`${k}: ${l.map((x) => x.toFixed(3)).join(", ")} s`);
