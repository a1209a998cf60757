// `pnpm start` and `newsgraph view` end to end: they print a loopback URL, serve the viewer and the graph, and stop on SIGINT.
import { afterAll, describe, expect, test } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { SerializedGraph } from "@newsgraph/core";
import { DIST, REPO_ROOT, buildGraphFile, tempDir } from "./harness.ts";

const TSX = join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs");
const noViewer = !existsSync(join(DIST, "index.html"));
if (noViewer)
  console.warn(`[viewer e2e] skipping the CLI suite: ${DIST}/index.html is missing (the viewer is not built yet)`);

// the global setup built the viewer; a rebuild by a spawned server would race the browsers of the other files
const ENV = { ...process.env, NEWSGRAPH_VIEWER_PREBUILT: "1" };
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Starts a command and resolves with the first http URL it prints. */
function startAndReadUrl(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [TSX, "--conditions=development", ...args], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: ENV,
  });
  children.push(child);
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/\S+)\n/.exec(out); // up to the newline: a pipe may deliver half a line
      if (m) resolve({ child, url: m[1]!, output: () => out });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`exited with ${code} before printing a URL:\n${out}`)));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((r) => child.on("exit", (code) => r(code)));
}

describe.skipIf(noViewer)("serving commands", () => {
  test("pnpm start builds the sample graph from data/, serves it on 127.0.0.1 and stops on Ctrl-C", async () => {
    const { child, url, output } = await startAndReadUrl(["scripts/start.ts"]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(url);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toContain("text/html");
    const graph = SerializedGraph.parse(await (await fetch(new URL("graph.json", url))).json());
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(graph.nodes.some((n) => n.attributes.documents?.some((d) => d.startsWith("01-")))).toBe(true);
    expect((await fetch(new URL("/package.json", url))).status).toBe(404);
    child.kill("SIGINT");
    expect(await exitCode(child), output()).toBe(0);
  });

  test("newsgraph view serves the given graph on the given host and port", async () => {
    const dir = tempDir("view");
    dirs.push(dir);
    const { path } = buildGraphFile(
      [{ id: "a.txt", text: "Mara Quell, the chief of Tollin Energy, said the plant would reopen." }],
      dir,
    );
    const { child, url, output } = await startAndReadUrl([
      "packages/cli/src/cli.ts",
      "view",
      path,
      "--host",
      "127.0.0.1",
      "--port",
      "0",
    ]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const served = await (await fetch(new URL("graph.json", url))).json();
    expect(served).toEqual(JSON.parse(readFileSync(path, "utf8")));
    child.kill("SIGINT");
    expect(await exitCode(child), output()).toBe(0);
  });

  test("newsgraph view refuses a file that is not a graph, naming it", async () => {
    const child = spawn(
      process.execPath,
      [TSX, "--conditions=development", "packages/cli/src/cli.ts", "view", "package.json"],
      { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"], env: ENV },
    );
    children.push(child);
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    expect(await exitCode(child)).not.toBe(0);
    expect(err).toMatch(/package\.json is not a newsgraph graph/);
  });
});
