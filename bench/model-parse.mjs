// Bench-only: CPU ms a fresh thread spends reading models, in a fresh process (cold code, as in a worker). Default: the
// four models whose checks are model-json.ts `weightRecord` and `stringList` (the tagger, content-ends, statement-keep,
// quote-keep), parsed from bytes already read (as resourcesFromBytes in a worker; the NER model first, untimed);
// `all`: the CLI's loadDefaultResources (every model, files read too).
// Usage: node bench/model-parse.mjs [CHECKOUT=.] [models|all]; alternate two checkouts in a shell loop for an A/B.
import path from "node:path";
const root = path.resolve(process.argv[2] ?? ".");
const mode = process.argv[3] ?? "models";
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
if (mode === "all") {
  const { loadDefaultResources } = await import(`${root}/packages/cli/dist/resources.js`);
  const a = cpuMs();
  loadDefaultResources();
  console.log((cpuMs() - a).toFixed(1));
} else {
  const { readModelBytes } = await import(`${root}/packages/cli/dist/resources.js`);
  const core = await import(`${root}/packages/core/dist/index.js`);
  const bytes = readModelBytes();
  const ner = core.parseNerModel(bytes.ner);
  const a = cpuMs();
  core.parseAttributionModel(bytes.attribution, ner.lexicon);
  core.parseContentEndModel(bytes.contentEnds);
  core.parseStatementKeepModel(bytes.statementKeep);
  core.parseQuoteKeepModel(bytes.quoteKeep);
  console.log((cpuMs() - a).toFixed(1));
}
