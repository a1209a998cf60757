// Node-only entry: file IO, input readers and the CLI live here, never in the pure library entry.
export { loadDefaultResources } from "./resources.ts";
export { serveViewer, type RunningServer, type ServeOptions } from "./serve.ts";
export { viewCommand, startView, ensureViewerBuilt } from "./view-command.ts";
