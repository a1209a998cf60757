#!/usr/bin/env node
// Launcher: runs the TypeScript CLI on source through tsx, so no build step is needed.
import { register } from "tsx/esm/api";
register();
await import("../src/node/cli.ts");
