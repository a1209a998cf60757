// Build time only: run the viewer's `vite build` when its sources changed and copy packages/viewer/dist into this
// package's viewer/ folder, which `newsgraph view` serves. Never imported by a command, so Vite is no run-time need.
import { cpSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PACKAGED_VIEWER } from "./view-command.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
/** The workspace root (this file is packages/cli/src/viewer-build.ts). */
export const REPO_ROOT = resolve(HERE, "../../..");
/** Core never imports the viewer: it only finds the viewer package's directory on disk. */
export const VIEWER_DIR = join(REPO_ROOT, "packages/viewer");

/** Newest modification time of any file under the given paths (directories searched recursively). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== "node_modules" && e !== "dist" && !e.startsWith(".")) visit(join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

/** The inputs of the viewer build: its sources, config and the core library it bundles. */
function viewerSources(viewerDir: string): string[] {
  const own = ["src", "index.html", "public", "package.json"].map((f) => join(viewerDir, f));
  const configs = existsSync(viewerDir)
    ? readdirSync(viewerDir)
        .filter((f) => /^vite\.config\./.test(f))
        .map((f) => join(viewerDir, f))
    : [];
  // the viewer bundles core's pure library entry; core's node-only code (this folder) never reaches the browser
  const core = join(viewerDir, "../core/src");
  const coreLib = existsSync(core)
    ? readdirSync(core)
        .filter((f) => f !== "node")
        .map((f) => join(core, f))
    : [];
  return [...own, ...configs, ...coreLib];
}

/** Why the viewer must be (re)built, or null when dist is up to date. */
export function viewerBuildReason(viewerDir = VIEWER_DIR): string | null {
  const built = join(viewerDir, "dist/index.html");
  if (!existsSync(built)) return "dist is missing";
  return newestMtime(viewerSources(viewerDir)) > statSync(built).mtimeMs ? "sources are newer than dist" : null;
}

/** Runs `vite build` in the viewer package. Throws with vite's output when it fails. */
export function buildViewer(viewerDir = VIEWER_DIR, log: (s: string) => void = (s) => process.stderr.write(s)): void {
  if (!existsSync(join(viewerDir, "index.html"))) {
    throw new Error(
      `newsgraph/view: no viewer sources at ${viewerDir} (index.html missing); check out the full repository`,
    );
  }
  let viteBin: string;
  try {
    const req = createRequire(join(viewerDir, "package.json"));
    viteBin = join(dirname(req.resolve("vite/package.json")), "bin/vite.js");
  } catch {
    throw new Error("newsgraph/view: vite is not installed; run pnpm install at the repository root");
  }
  log(`newsgraph: building the viewer (vite build in ${viewerDir})\n`);
  const r = spawnSync(process.execPath, [viteBin, "build", "--logLevel", "warn"], { cwd: viewerDir, encoding: "utf8" });
  if (r.status !== 0) {
    throw new Error(
      `newsgraph/view: vite build failed in ${viewerDir}; fix the error below and retry\n${r.stdout ?? ""}${r.stderr ?? ""}`,
    );
  }
}

/**
 * Builds the viewer when dist is missing or older than its sources, then refreshes the packaged copy that
 * `newsgraph view` serves; returns the viewer's dist directory.
 */
export function ensureViewerBuilt(
  viewerDir = VIEWER_DIR,
  log?: (s: string) => void,
  packaged = PACKAGED_VIEWER,
): string {
  // set by the e2e suite for the servers it spawns: the suite built dist once, and a rebuild mid-run would pull
  // assets from under the browsers of the other test files
  const dist = join(viewerDir, "dist");
  if (process.env.NEWSGRAPH_VIEWER_PREBUILT === "1" && existsSync(join(dist, "index.html"))) return dist;
  const reason = viewerBuildReason(viewerDir);
  if (reason) {
    log?.(`newsgraph: viewer ${reason}\n`);
    buildViewer(viewerDir, log);
  }
  copyViewer(dist, packaged);
  return dist;
}

/** Replaces the packaged copy when it is missing or older than the build (a fresh copy: no stale hashed assets). */
export function copyViewer(dist: string, packaged = PACKAGED_VIEWER): void {
  const built = join(dist, "index.html");
  const copied = join(packaged, "index.html");
  if (existsSync(copied) && statSync(copied).mtimeMs >= statSync(built).mtimeMs) return;
  rmSync(packaged, { recursive: true, force: true });
  cpSync(dist, packaged, { recursive: true, preserveTimestamps: true });
}
