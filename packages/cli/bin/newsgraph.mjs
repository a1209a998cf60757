#!/usr/bin/env node
// Launcher: runs the compiled CLI (dist/, made by `pnpm build` or `pnpm install` in the repository; shipped in the
// published package). Plain JavaScript, so startup compiles nothing. Works through symlinks (node resolves the
// real path of the main module, so the relative import below always finds dist/).
const [first, ...rest] = process.argv.slice(2);
if ((first === "--version" || first === "-v") && rest.length === 0) {
  // answered before any module loads: `--version` is what scripts and installers call to check that the CLI starts
  const { readFileSync } = await import("node:fs");
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${pkg.version}\n`);
} else {
  let cli;
  try {
    cli = await import("../dist/cli.js");
  } catch (e) {
    if (e?.code !== "ERR_MODULE_NOT_FOUND" || !String(e.message).includes("dist/cli.js")) throw e;
    process.stderr.write(
      "newsgraph: the compiled CLI (packages/cli/dist) is missing; run pnpm build (or pnpm install) in the repository\n",
    );
    process.exit(70);
  }
  await cli.main();
}
