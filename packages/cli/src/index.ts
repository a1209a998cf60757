// @newsgraph/cli library entry: the node-only IO, input readers, server and CLI that @newsgraph/core leaves out.
export { loadDefaultResources } from "./resources.ts";
export { serveViewer, type RunningServer, type ServeOptions } from "./serve.ts";
export { viewCommand, startView, packagedViewer } from "./view-command.ts";
export { ensureViewerBuilt, copyViewer } from "./viewer-build.ts";
export { run as runCli, processIO } from "./cli.ts";
export { InputReader, formatProblem, type InputItem, type InputProblem } from "./inputs/read.ts";
export { htmlToArticle } from "./inputs/html.ts";
export { writeFileAtomic, writeChunksAtomic, AtomicFile, type CliIO } from "./io.ts";
export { loadGraphFile } from "./commands/export.ts";
