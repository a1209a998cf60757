// `pnpm build` (also the root postinstall): compile @newsgraph/core and @newsgraph/cli to dist/ with tsc, build the
// viewer when its sources changed and copy it into packages/cli/viewer, so the CLI runs as plain JavaScript.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TSC = createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");

/** Compiles one package (incremental: a second run with nothing changed takes a few seconds). */
function compile(pkg: string): void {
  // tsc's incremental state lives apart from dist/: with dist/ deleted it would see nothing changed and emit only
  // the files edited since, leaving a CLI without its entry point, so a missing dist/ starts from scratch
  if (!existsSync(join(ROOT, "packages", pkg, "dist", "index.js")))
    rmSync(join(ROOT, "packages", pkg, "node_modules", ".cache", "tsbuildinfo.json"), { force: true });
  const r = spawnSync(process.execPath, [TSC, "-p", join(ROOT, "packages", pkg, "tsconfig.build.json")], {
    stdio: "inherit",
  });
  if (r.status !== 0) {
    process.stderr.write(
      `newsgraph/build: tsc failed for packages/${pkg}; fix the errors above and run pnpm build again\n`,
    );
    process.exit(1);
  }
}

compile("core");
compile("cli");
if (!process.argv.includes("--no-viewer")) {
  const { ensureViewerBuilt, VIEWER_DIR } = await import("../packages/cli/src/viewer-build.ts");
  try {
    ensureViewerBuilt(VIEWER_DIR, (s) => process.stderr.write(s));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
}
