// Builds the viewer once before the e2e files run (they would race each other otherwise); a build error fails the run.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ensureViewerBuilt } from "@newsgraph/cli";
import { CHROMIUM, REPO_ROOT } from "./harness.ts";

export default function setup(): void {
  const viewerDir = join(REPO_ROOT, "packages/viewer");
  if (!existsSync(CHROMIUM)) return; // each suite prints why it skips
  if (!existsSync(join(viewerDir, "index.html"))) {
    console.warn(`[viewer e2e] ${viewerDir}/index.html does not exist yet: nothing to build`);
    return;
  }
  ensureViewerBuilt(viewerDir, (s) => process.stderr.write(`[viewer e2e] ${s}`));
}
