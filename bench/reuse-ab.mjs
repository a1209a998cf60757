// Bench-only: PreviousLines (packages/cli/src/reuse-lines.ts), checkout A against B in one process, alternated (CPU
// each): every node and edge of NEXT (a rebuild's graph.json) asked of PREV (the graph.json before it), as the writer
// asks, every document clean and every entity untouched. Both must copy and template the same lines (checked).
// Usage: node bench/reuse-ab.mjs A B PREV NEXT [ROUNDS]
import { alternated, secondsList as f } from "./alternate.mjs";
import { linesArgs } from "./lines-ab.mjs";
const { PREV, rounds, impl, g } = await linesArgs("reuse-ab.mjs");
const { took, results } = alternated(rounds, (s) => {
  const reuse = new impl[s](
    PREV,
    () => true,
    () => true,
    () => true,
  );
  let bytes = 0;
  for (const n of g.nodes) bytes += reuse.node(n.key, n.attributes)?.length ?? 0;
  for (const e of g.edges) bytes += reuse.edge(e.source, e.target, e.attributes, e.key)?.length ?? 0;
  reuse.close();
  return `${reuse.copied}/${reuse.templated}/${reuse.entityEdges}/${bytes}`;
});
console.log(`A ${f(took.A)}\nB ${f(took.B)}\ncopied/templated/entity edges/bytes: ${[...results].join(" | ")}`);
if (results.size !== 1) throw new Error("bench/reuse-ab: A and B copied different lines");
