// The viewer's static server: binds loopback, serves only dist + the graph, refuses traversal and directories.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanPath, serveViewer, type RunningServer } from "../src/serve.ts";
import { checkGraphFile, parseViewArgs } from "../src/view-command.ts";
import { viewerBuildReason } from "../src/viewer-build.ts";

const GRAPH = {
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: [{ key: "person:ada-vell", attributes: { kind: "person", label: "Ada Vell", aliases: [] } }],
  edges: [],
};

/** Sends a raw request line, so paths reach the server exactly as written (fetch would normalise `/../`). */
function rawGet(
  port: number,
  path: string,
  method = "GET",
  host = "127.0.0.1",
): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const sock = connect(port, "127.0.0.1");
    let data = "";
    sock.setEncoding("latin1");
    sock.on("data", (d: string) => (data += d));
    sock.on("error", reject);
    sock.on("close", () => {
      const [head = "", body = ""] = data.split("\r\n\r\n", 2);
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), headers: head.toLowerCase(), body });
    });
    sock.write(`${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
  });
}

let root: string;
let srv: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "newsgraph-serve-"));
  const dist = join(root, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>viewer</title>");
  writeFileSync(join(dist, "assets/app-1234.js"), "console.log('app')");
  writeFileSync(join(dist, "assets/app-1234.css"), "body{}");
  writeFileSync(join(dist, ".env"), "SECRET_DOT=1");
  writeFileSync(join(root, "secret.txt"), "SECRET_OUTSIDE");
  writeFileSync(join(root, "graph.json"), JSON.stringify(GRAPH));
  writeFileSync(join(root, "graph.gexf"), '<?xml version="1.0"?><gexf version="1.3"></gexf>');
  srv = await serveViewer({ distDir: dist, graphPath: join(root, "graph.json") });
});

afterAll(async () => {
  await srv?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("serveViewer", () => {
  test("binds 127.0.0.1 on a free port by default and prints a loopback URL", () => {
    const addr = srv.server.address();
    expect(typeof addr === "object" && addr?.address).toBe("127.0.0.1");
    expect(srv.port).toBeGreaterThan(0);
    expect(srv.url).toBe(`http://127.0.0.1:${srv.port}/`);
  });

  test.each([
    ["/", "text/html", "<title>viewer</title>"],
    ["/index.html", "text/html", "<title>viewer</title>"],
    ["/?graph=graph.json", "text/html", "<title>viewer</title>"],
    ["/assets/app-1234.js", "text/javascript", "console.log"],
    ["/assets/app-1234.css", "text/css", "body{}"],
    ["/graph.json", "application/json", '"person:ada-vell"'],
  ])("serves %s as %s", async (path, type, content) => {
    const r = await rawGet(srv.port, path);
    expect(r.status).toBe(200);
    expect(r.headers).toContain(`content-type: ${type}`);
    expect(r.headers).toContain("x-content-type-options: nosniff");
    expect(r.body).toContain(content);
  });

  test.each([
    ["127.0.0.1:8080", 200],
    ["localhost:8080", 200],
    ["LOCALHOST", 200],
    ["[::1]:8080", 200],
    ["evil.example", 403],
    ["evil.example:8080", 403],
    ["127.0.0.1.evil.example", 403],
    ["", 403],
  ])("on loopback, Host %j gets %i (no DNS rebinding)", async (host, status) => {
    const r = await rawGet(srv.port, "/graph.json", "GET", host);
    expect(r.status).toBe(status);
    if (status !== 200) expect(r.body).not.toContain("ada-vell");
  });

  test("--host binds the given interface, and then any Host name is accepted", async () => {
    const open = await serveViewer({
      distDir: join(root, "dist"),
      graphPath: join(root, "graph.json"),
      host: "0.0.0.0",
    });
    try {
      const addr = open.server.address();
      expect(typeof addr === "object" && addr?.address).toBe("0.0.0.0");
      expect(open.url).toBe(`http://0.0.0.0:${open.port}/`);
      expect((await rawGet(open.port, "/graph.json", "GET", "newsroom-laptop.lan:9000")).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  test("HEAD answers without a body; other methods get 405", async () => {
    const head = await rawGet(srv.port, "/index.html", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await rawGet(srv.port, "/index.html", "POST")).status).toBe(405);
    expect((await rawGet(srv.port, "/graph.json", "PUT")).status).toBe(405);
  });

  test.each([
    "/../secret.txt",
    "/assets/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/secret.txt",
    "/.%2e/secret.txt",
    "/assets%2f..%2f..%2fsecret.txt",
    "/%252e%252e/secret.txt",
    "/%25252e%25252e/secret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "/assets\\..\\..\\secret.txt",
    "/%c0%ae%c0%ae/secret.txt",
    "/secret.txt",
    "//secret.txt",
    "/index.html%00.js",
    "/graph.json%00",
    "/./index.html",
    "/assets",
    "/assets/",
    "/.env",
    "/graph.gexf",
    "/%E0%A4%A",
    "*",
  ])("404 for %s", async (path) => {
    const r = await rawGet(srv.port, path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain("SECRET");
  });

  test("a raw NUL byte never reaches a file (Node's HTTP parser refuses it first)", async () => {
    const r = await rawGet(srv.port, "/index.html\0.js");
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain("<title>");
  });

  test("a GEXF graph is served at /graph.gexf and the URL points the viewer at it", async () => {
    const gexf = await serveViewer({ distDir: join(root, "dist"), graphPath: join(root, "graph.gexf") });
    try {
      expect(gexf.url).toBe(`http://127.0.0.1:${gexf.port}/?graph=graph.gexf`);
      const r = await rawGet(gexf.port, "/graph.gexf");
      expect(r.status).toBe(200);
      expect(r.headers).toContain("content-type: application/gexf+xml");
      expect((await rawGet(gexf.port, "/graph.json")).status).toBe(404);
    } finally {
      await gexf.close();
    }
  });

  test("refuses a dist without index.html, naming the fix", async () => {
    await expect(
      serveViewer({ distDir: join(root, "dist/assets"), graphPath: join(root, "graph.json") }),
    ).rejects.toThrow(/pnpm install/);
  });
});

describe("cleanPath", () => {
  test.each([
    ["/", "/"],
    ["/assets/a%20b.js?x=1", "/assets/a b.js"],
    ["/graph.json#frag", "/graph.json"],
    ["/caf%C3%A9.txt", "/café.txt"],
    ["/a/../b", null],
    ["/%2e%2e/b", null],
    ["/a%2fb", null],
    ["/%252e", null],
    ["/a\\b", null],
    ["/a%00", null],
    ["/%0a", null],
    ["relative", null],
    ["//host/x", null],
    ["/%ff", null],
  ])("%s → %s", (raw, want) => {
    expect(cleanPath(raw)).toBe(want);
  });
});

describe("view arguments", () => {
  test.each([
    [["g.json"], { graph: "g.json" }],
    [["g.gexf", "--host", "0.0.0.0", "--port", "8080"], { graph: "g.gexf", host: "0.0.0.0", port: 8080 }],
    [["--port=0", "g.json"], { graph: "g.json", port: 0 }],
  ])("%j", (argv, want) => {
    expect(parseViewArgs(argv)).toEqual(want);
  });

  test.each([
    [[], /no graph file/],
    [["g.json", "--port", "http"], /--port must be a number/],
    [["g.json", "--port", "70000"], /--port must be a number/],
    [["g.json", "--host"], /--host needs a value/],
    [["g.json", "--bogus"], /unknown option --bogus/],
    [["a.json", "b.json"], /one graph file/],
  ])("%j is refused", (argv, re) => {
    expect(() => parseViewArgs(argv)).toThrow(re);
  });

  test("a graph file is checked before serving", () => {
    writeFileSync(join(root, "bad.json"), '{"nodes": [{"key": 1}]}');
    writeFileSync(join(root, "broken.json"), "{nope");
    writeFileSync(join(root, "notgexf.gexf"), "<html></html>");
    expect(() => checkGraphFile(join(root, "graph.json"))).not.toThrow();
    expect(() => checkGraphFile(join(root, "graph.gexf"))).not.toThrow();
    expect(() => checkGraphFile(join(root, "missing.json"))).toThrow(/graph file not found/);
    expect(() => checkGraphFile(join(root, "bad.json"))).toThrow(/not a newsgraph graph/);
    expect(() => checkGraphFile(join(root, "broken.json"))).toThrow(/not valid JSON/);
    expect(() => checkGraphFile(join(root, "notgexf.gexf"))).toThrow(/not a GEXF file/);
    expect(() => checkGraphFile(join(root, "secret.txt"))).toThrow(/\.json or \.gexf/);
  });
});

describe("viewer build staleness", () => {
  test("dist is rebuilt when missing or older than any source, and left alone otherwise", () => {
    const viewer = join(root, "viewer");
    mkdirSync(join(viewer, "src"), { recursive: true });
    writeFileSync(join(viewer, "index.html"), "<!doctype html>");
    writeFileSync(join(viewer, "src/main.ts"), "export {};");
    expect(viewerBuildReason(viewer)).toBe("dist is missing");
    mkdirSync(join(viewer, "dist"));
    writeFileSync(join(viewer, "dist/index.html"), "built");
    const past = new Date(Date.now() - 60_000);
    for (const f of ["index.html", "src/main.ts"]) utimesSync(join(viewer, f), past, past);
    expect(viewerBuildReason(viewer)).toBeNull();
    writeFileSync(join(viewer, "src/main.ts"), "export const changed = 1;");
    expect(viewerBuildReason(viewer)).toBe("sources are newer than dist");
  });
});
