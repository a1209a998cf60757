// npx tsx --conditions=development scripts/attribution/probe.ts "TEXT" [--rules]: the statements of one text with the shipped models, for trying a rule by hand.
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import { runToEntities } from "../../packages/core/src/pipeline/pipeline.ts";
import { extractStatements } from "../../packages/core/src/statements/extract.ts";

const text = process.argv[2] ?? "";
const res = loadDefaultResources();
const s = runToEntities({ id: "probe", text }, res);
const rulesOnly = process.argv.includes("--rules");
const { statements } = extractStatements(s.doc, s.seg, s.ents, {
  attribution: rulesOnly ? null : (res.attribution ?? null),
  contentEnds: res.contentEnds ?? null,
});
const span = (x: { start: number; end: number } | null | undefined) => (x ? text.slice(x.start, x.end) : "-");
for (const st of statements)
  console.log(
    `${st.rule} parts ${JSON.stringify(st.parts?.map(span))}\n  source [${span(st.source)}] cue [${span(st.cue)}]\n  content [${span(st)}]`,
  );
