// Root `postinstall`: builds the viewer (vite build → packages/viewer/dist) so no manual step is left after `pnpm install`.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { VIEWER_DIR, ensureViewerBuilt } from "../packages/cli/src/view-command.ts";

if (!existsSync(join(VIEWER_DIR, "index.html"))) {
  process.stderr.write(`newsgraph: no viewer sources in ${VIEWER_DIR} yet; skipping the viewer build\n`);
} else {
  try {
    ensureViewerBuilt(VIEWER_DIR, (s) => process.stderr.write(s));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
}
