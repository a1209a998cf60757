// Node-only entry: file IO, input readers and the CLI live here, never in the pure library entry.
export { loadDefaultResources } from "./resources.ts";
export { serveViewer, type RunningServer, type ServeOptions } from "./serve.ts";
export { viewCommand, startView, ensureViewerBuilt } from "./view-command.ts";
export { run as runCli, processIO } from "./cli.ts";
export { InputReader, formatProblem, type InputItem, type InputProblem } from "./inputs/read.ts";
export { htmlToArticle } from "./inputs/html.ts";
export { writeFileAtomic, AtomicFile, type CliIO } from "./io.ts";
export { loadGraphFile } from "./commands/export.ts";
