// The published packages work outside the repository: `pnpm pack` core and cli, `npm install` the two tarballs
// into an empty folder, then run the installed `newsgraph` there (version, build of one of our articles, view).
// SLOW (about a minute): npm fetches the dependencies from the registry; everything is removed afterwards.
import { describe, expect, test, beforeAll, afterAll } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SerializedGraph } from "@newsgraph/core";
import { REPO_ROOT } from "../../core/test/golden/helpers.ts";

let dir: string;
let bin: string;
let view: ChildProcess | undefined;

function sh(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout: 240_000 });
  if (r.status !== 0)
    throw new Error(`pack.test: ${cmd} ${args.join(" ")} failed in ${cwd} (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

describe("packed @newsgraph/core and @newsgraph/cli installed with npm in an empty folder (slow: npm install)", () => {
  beforeAll(() => {
    // the tarballs ship dist/ and the copied viewer: build them from the current sources first
    sh(process.execPath, ["--conditions=development", "--import", "tsx", "scripts/build.ts"], REPO_ROOT);
    dir = mkdtempSync(path.join(tmpdir(), "newsgraph-pack-"));
    const tarballs = path.join(dir, "tarballs");
    for (const pkg of ["core", "cli"])
      sh("pnpm", ["pack", "--pack-destination", tarballs], path.join(REPO_ROOT, "packages", pkg));
    const app = path.join(dir, "app");
    sh("mkdir", ["-p", app], dir);
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "newsgraph-pack-test", private: true }));
    const tgz = readdirSync(tarballs).map((f) => path.join(tarballs, f));
    expect(tgz).toHaveLength(2);
    sh("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tgz], app);
    bin = path.join(app, "node_modules/.bin/newsgraph");
    copyFileSync(path.join(REPO_ROOT, "data/01-pipeline-halt.txt"), path.join(app, "article.txt"));
  }, 300_000);

  afterAll(() => {
    view?.kill("SIGTERM");
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the tarballs hold compiled JavaScript, the model and the built viewer, and no TypeScript sources", () => {
    const list = (name: string) => sh("tar", ["-tzf", path.join(dir, "tarballs", name)], dir);
    const core = list("newsgraph-core-0.1.0.tgz");
    const cli = list("newsgraph-cli-0.1.0.tgz");
    expect(core).toContain("package/dist/index.js");
    expect(core).toContain("package/models/ner.bin.gz");
    expect(cli).toContain("package/dist/cli.js");
    expect(cli).toContain("package/viewer/index.html");
    expect(`${core}${cli}`).not.toMatch(/package\/src\/|(?<!\.d)\.ts\n/); // declarations (.d.ts) are fine
  });

  test("newsgraph --version and build run from the install, without tsx", () => {
    const app = path.join(dir, "app");
    expect(sh(bin, ["--version"], app).trim()).toBe(
      JSON.parse(readFileSync(path.join(REPO_ROOT, "packages/cli/package.json"), "utf8")).version,
    );
    expect(readdirSync(path.join(app, "node_modules"))).not.toContain("tsx");
    sh(bin, ["build", "article.txt", "-o", "graph.json"], app);
    const graph = SerializedGraph.parse(JSON.parse(readFileSync(path.join(app, "graph.json"), "utf8")));
    expect(graph.nodes.length).toBeGreaterThan(5);
  });

  test("newsgraph view serves the packaged viewer and the graph", async () => {
    const app = path.join(dir, "app");
    view = spawn(bin, ["view", "graph.json", "--port", "0"], { cwd: app, stdio: ["ignore", "pipe", "pipe"] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      const onData = (d: Buffer) => {
        out += d.toString();
        const m = /(http:\/\/\S+)\n/.exec(out);
        if (m) resolve(m[1]!);
      };
      view!.stdout!.on("data", onData);
      view!.stderr!.on("data", onData);
      view!.on("exit", (code) => reject(new Error(`newsgraph view exited with ${code}:\n${out}`)));
    });
    const index = await fetch(url);
    expect(index.status).toBe(200);
    const html = await index.text();
    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html);
    expect(script, html).not.toBeNull();
    expect((await fetch(new URL(script![1]!, url))).status).toBe(200);
    const graph = SerializedGraph.parse(await (await fetch(new URL("graph.json", url))).json());
    expect(graph.nodes.some((n) => n.attributes.documents?.includes("article.txt"))).toBe(true);
  });
});
