#!/usr/bin/env node
// Launcher: runs the TypeScript CLI on source through tsx, so no build step is needed. Works through symlinks
// (node resolves the real path of the main module, so the relative import below always finds the sources).
import { register } from "tsx/esm/api";

register();
const { run, processIO } = await import("../src/node/cli.ts");
process.exitCode = await run(process.argv.slice(2), processIO);
