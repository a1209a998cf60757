// Node-only entry: file IO, input readers and the CLI live here, never in the pure library entry.
export { loadDefaultResources } from "./resources.ts";
