// Issue 16: bounded work per document — shapes that used to hang, overflow or explode a run are read, capped or skipped by name.
import { afterEach, describe, expect, it } from "vitest";
import { closeSync, existsSync, openSync, readFileSync, mkdirSync, ftruncateSync } from "node:fs";
import { request } from "node:http";
import { spawn } from "node:child_process";
import path from "node:path";
import { segment, MAX_SENTENCE_TOKENS } from "../../../core/src/text/segment.ts";
import { extractDocument } from "../../../core/src/pipeline/pipeline.ts";
import { MAX_STATEMENTS_PER_SENTENCE } from "../../../core/src/pipeline/caps.ts";
import { loadDefaultResources } from "../../src/resources.ts";
import { htmlToArticle } from "../../src/inputs/html.ts";
import { htmlDepth, plainTextOfHtml, MAX_HTML_DEPTH } from "../../src/inputs/html-budget.ts";
import { serveViewer, type RunningServer } from "../../src/serve.ts";
import { article, cli, tree } from "./helpers.ts";

const res = loadDefaultResources();

describe("issue 16: no stack overflow, no explosion", () => {
  it("150,000 short lines (hard-wrapped shape) segment without overflowing the stack", () => {
    const text = "ab cd,\n".repeat(150_000);
    const seg = segment(text);
    expect(seg.paragraphs.length).toBeGreaterThan(0);
    expect(seg.tokens.length).toBe(450_000);
  });

  it("one sentence without full stops is cut every MAX_SENTENCE_TOKENS tokens", () => {
    const seg = segment("Smith said ".repeat(1000));
    expect(seg.sentences.length).toBe(Math.ceil(2000 / MAX_SENTENCE_TOKENS));
    for (const s of seg.sentences) expect(s.lastToken - s.firstToken + 1).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  });

  it('"Smith said" 5,000 times: statements capped per sentence, offsets valid', () => {
    const text = "Smith said ".repeat(5000);
    const rec = extractDocument({ id: "smith", text }, res);
    const sentences = segment(text).sentences;
    expect(rec.statements.length).toBeLessThanOrEqual(sentences.length * MAX_STATEMENTS_PER_SENTENCE);
    for (const s of rec.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("an ordinary article is not cut by the caps", () => {
    const rec = extractDocument({ id: "a", text: article(1) }, res);
    expect(rec.statements.length).toBeGreaterThan(0);
    expect(segment(article(1)).sentences.length).toBe(3);
  });
});

describe("issue 16: HTML within a budget", () => {
  const nested = (depth: number) =>
    `<html><head><title>Deep</title></head><body>${"<div>".repeat(depth)}<p>Talia Brenmoor said the port would reopen.</p>${"</div>".repeat(depth)}</body></html>`;

  it("4,000 nested <div>s come back with their text and a warning, without Readability", () => {
    const t = Date.now();
    const a = htmlToArticle(nested(4000));
    expect(a.text).toBe("Talia Brenmoor said the port would reopen.");
    expect(a.title).toBe("Deep");
    expect(a.warnings?.[0]).toMatch(/nested more than \d+ elements deep; article extraction skipped/);
    expect(Date.now() - t).toBeGreaterThanOrEqual(0); // timing is measured by the README's command, never asserted
  });

  it("200,000 nested levels still give the text (no recursion over the DOM)", () => {
    expect(htmlToArticle(nested(200_000)).text).toBe("Talia Brenmoor said the port would reopen.");
  });

  it("an ordinary page is still read by Readability, with no warning", () => {
    const a = htmlToArticle(nested(5));
    expect(a.text).toBe("Talia Brenmoor said the port would reopen.");
    expect(a.warnings).toBeUndefined();
  });

  it("a page that yields no text gets a warning (and the CLI reports it)", async () => {
    expect(htmlToArticle("<html><body><script>var x = 1;</script></body></html>").warnings?.[0]).toMatch(
      /yielded no text/,
    );
    const root = tree({ "empty.html": "<html><body><nav>Menu</nav></body></html>" });
    const r = await cli(["extract", path.join(root, "empty.html")]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: .*empty\.html: the HTML page yielded no text/);
  });

  it.each<[string, number]>([
    ["<div><p>a<p>b</div>", 1],
    ["<div><div/><br><img src=x></div>", 1],
    ["<a<a<a<a", 0],
    ["<!-- <div><div> --><div></div>", 1],
    ["", 0],
  ])("htmlDepth(%j) = %d", (html, depth) => {
    expect(htmlDepth(html)).toBe(depth);
  });

  it("the plain-text fallback drops scripts and keeps blocks apart, even with unclosed tags", () => {
    expect(plainTextOfHtml("<p>One &amp; two</p><script>x<y</script><p>Three<br>four</p><style>").text).toBe(
      "One & two\n\nThree\nfour",
    );
    expect(plainTextOfHtml("<!-- open comment <p>lost").text).toBe("");
    expect(plainTextOfHtml("<p>a</p><!-- hidden --><p>b</p>").text).toBe("a\n\nb");
    expect(MAX_HTML_DEPTH).toBeGreaterThan(60); // real articles nest 20–60 deep and must keep Readability
  });
});

describe("issue 16: size limits and missing text", () => {
  it("a 600 MB .txt in a folder is skipped and named; the others are built (exit 1, not 70)", async () => {
    const root = tree({ "in/a.txt": article(1) });
    mkdirSync(path.join(root, "in"), { recursive: true });
    const fd = openSync(path.join(root, "in/huge.txt"), "w");
    ftruncateSync(fd, 600 * 1024 * 1024); // sparse: no disk used
    closeSync(fd);
    const r = await cli(["build", path.join(root, "in"), "-o", path.join(root, "g.json")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/huge\.txt: file of 600 MiB is above the 64 MiB limit for one document; skipped/);
    expect(r.err).toMatch(/built a graph of 1 document/);
  });

  it("build from records extracted without --with-text warns that evidence sentences will be missing", async () => {
    const root = tree({ "a.txt": article(1) });
    const ex = await cli(["extract", path.join(root, "a.txt"), "-o", path.join(root, "r.jsonl")]);
    expect(ex.code).toBe(0);
    const r = await cli(["build", path.join(root, "r.jsonl"), "-o", path.join(root, "g.json")]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: 1 record without text \("a\.txt"\): evidence sentences will be missing/);
    const withText = await cli(["extract", "--with-text", path.join(root, "a.txt"), "-o", path.join(root, "t.jsonl")]);
    expect(withText.code).toBe(0);
    expect((await cli(["build", path.join(root, "t.jsonl"), "-o", path.join(root, "g2.json")])).err).not.toContain(
      "without text",
    );
  });
});

describe("issue 16: the server serves one file per response", () => {
  let srv: RunningServer | undefined;
  afterEach(async () => {
    await srv?.close();
    srv = undefined;
  });

  it("Content-Length always matches the body while graph.json is replaced again and again", async () => {
    const root = tree({ "dist/index.html": "<!doctype html>", "graph.json": "{}" });
    const small = "{" + " ".repeat(10) + "}",
      big = "{" + " ".repeat(3_000_000) + "}";
    srv = await serveViewer({ distDir: path.join(root, "dist"), graphPath: path.join(root, "graph.json") });
    // another process swaps the file in a tight loop, so a swap can land between any two steps of a response
    const swapper = spawn(
      process.execPath,
      [
        "-e",
        `
      const fs = require("fs"); const dir = process.argv[1]; const a = "{" + " ".repeat(10) + "}", b = "{" + " ".repeat(3000000) + "}";
      fs.writeFileSync(dir + "/.a", a); fs.writeFileSync(dir + "/.b", b);
      for (let i = 0; ; i++) { const t = dir + "/.t"; fs.copyFileSync(dir + (i % 2 ? "/.a" : "/.b"), t); fs.renameSync(t, dir + "/graph.json"); }`,
        root,
      ],
      { stdio: "ignore" },
    );
    const swap = { [Symbol.dispose]: () => swapper.kill("SIGKILL") };
    while (!existsSync(path.join(root, ".b"))) await new Promise((r) => setTimeout(r, 10));
    const get = () =>
      new Promise<{ length: number; body: number }>((resolve, reject) => {
        const req = request({ host: srv!.host, port: srv!.port, path: "/graph.json" }, (r) => {
          let body = 0;
          r.on("data", (c: Buffer) => (body += c.length));
          r.on("end", () => resolve({ length: Number(r.headers["content-length"]), body }));
          r.on("error", reject);
        });
        req.on("error", reject);
        req.end();
      });
    try {
      for (let round = 0; round < 40; round++) {
        for (const { length, body } of await Promise.all(Array.from({ length: 8 }, get))) {
          expect(body).toBe(length);
          expect([small.length, big.length, 2]).toContain(length);
        }
      }
    } finally {
      swap[Symbol.dispose]();
    }
    expect(readFileSync(path.join(root, "graph.json")).length).toBeGreaterThan(0);
  }, 60_000);
});
