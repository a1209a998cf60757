#!/usr/bin/env node
// Launcher: runs the TypeScript CLI on source through tsx, so no build step is needed. Works through symlinks
// (node resolves the real path of the main module, so the relative import below always finds the sources).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
await main();
