// Bench-only: the previous file's statement lines handed on in runs (PreviousLines.carried, packages/cli/src/
// reuse-lines.ts), checkout A against B in one process, alternated, CPU each. NEXT is a rebuild's graph.json from
// PREV with every old statement dropped: the writer writes NEXT's other elements (entities, the new documents'
// statements, named by `new-` documents) and asks for the carried lines before each and at the end. Both must hand
// on the same bytes (checked).
// Usage: node bench/carried-ab.mjs A B PREV NEXT [ROUNDS]
import { alternated, secondsList as f } from "./alternate.mjs";
import { linesArgs } from "./lines-ab.mjs";
const { PREV, rounds, impl, g } = await linesArgs("carried-ab.mjs");
const old = (k) => k.startsWith("statement:") && !k.startsWith("statement:new-");
const nodes = g.nodes.filter((n) => !old(n.key)).map((n) => [n.key]);
const edges = g.edges
  .filter((e) => !old(e.source) && !old(e.target))
  .map((e) => [e.source, e.target, e.attributes.kind]);
const { took, results } = alternated(rounds, (s, r) => {
  const reuse = new impl[s](
    PREV,
    () => true,
    () => true,
    () => true,
    true,
  );
  let bytes = 0,
    count = 0,
    runs = 0,
    hash = 0;
  const take = (section, id) => {
    const got = reuse.carried(section, id);
    count += got.lines;
    runs += got.runs.length;
    for (const v of got.runs) {
      bytes += v.length;
      hash = (hash * 31 + v[0] + 7 * v[v.length - 1] + v.length) % 1e9;
    }
  };
  for (const id of nodes) take("nodes", id);
  take("nodes", null);
  for (const id of edges) take("edges", id);
  take("edges", null);
  reuse.close();
  if (r === 0) console.log(`${s}: ${count} lines in ${runs} runs, ${bytes} bytes`);
  return `${count} lines, ${bytes} bytes, hash ${hash}`;
});
console.log(`A ${f(took.A)} s\nB ${f(took.B)} s\nsame bytes handed on: ${results.size === 1}`);
