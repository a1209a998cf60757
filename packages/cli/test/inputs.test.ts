// Inputs: folder expansion and ids, decoding (binary, invalid UTF-8, BOMs), JSONL lines, HTML articles, the reader.
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expandInputs } from "../src/inputs/sources.ts";
import { decodeText } from "../src/inputs/decode.ts";
import { parseJsonl } from "../src/inputs/jsonl.ts";
import { blockText, htmlToArticle } from "../src/inputs/html.ts";
import { InputReader, type InputItem, type InputProblem } from "../src/inputs/read.ts";

function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), "ng-inputs-"));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

function readAll(args: string[], stdin = "") {
  const problems: InputProblem[] = [];
  const reader = new InputReader(args, { report: (p) => problems.push(p), readStdin: () => Buffer.from(stdin) });
  const items: InputItem[] = [...reader.items()];
  const docs = items.flatMap((i) => (i.type === "document" ? [i.doc] : []));
  return { items, docs, problems, reader };
}

describe("expandInputs", () => {
  it("searches folders recursively in a deterministic order with ids relative to the folder", () => {
    const root = tree({
      "b.txt": "B",
      "a/z.md": "Z",
      "a/y.html": "<p>Y</p>",
      "A.jsonl": "",
      "img.png": "x",
      ".hidden/x.txt": "h",
      "node_modules/m.txt": "m",
    });
    const { sources, ignored } = expandInputs([root]);
    expect(sources.map((s) => [s.id, s.format])).toEqual([
      ["A.jsonl", "jsonl"],
      ["a/y.html", "html"],
      ["a/z.md", "text"],
      ["b.txt", "text"],
    ]);
    expect(ignored).toBe(1);
  });

  it("a file argument's id is its basename; any extension is read as text when named explicitly", () => {
    const root = tree({ "deep/NOTES": "n", "deep/story.htm": "<p>s</p>" });
    const { sources } = expandInputs([path.join(root, "deep/NOTES"), path.join(root, "deep/story.htm"), "-"]);
    expect(sources.map((s) => [s.id, s.format])).toEqual([
      ["NOTES", "text"],
      ["story.htm", "html"],
      ["stdin", null],
    ]);
  });

  it("reports a missing path clearly and keeps the others", () => {
    const root = tree({ "a.txt": "A" });
    const { sources, problems } = expandInputs([path.join(root, "nope.txt"), path.join(root, "a.txt")]);
    expect(problems).toEqual([{ path: path.join(root, "nope.txt"), message: "no such file or directory" }]);
    expect(sources).toHaveLength(1);
  });

  it("follows a symlinked folder once, without looping", () => {
    const root = tree({ "real/a.txt": "A" });
    symlinkSync(path.join(root, "real"), path.join(root, "real/loop"));
    expect(expandInputs([root]).sources.map((s) => s.id)).toEqual(["real/a.txt"]);
  });
});

describe("decodeText", () => {
  it.each([
    ["plain ASCII", Buffer.from("Ada Quill spoke."), "Ada Quill spoke.", undefined],
    [
      "CRLF and curly quotes are kept as they are",
      Buffer.from("“Yes,” she said.\r\nNext"),
      "“Yes,” she said.\r\nNext",
      undefined,
    ],
    ["a UTF-8 BOM is dropped", Buffer.from("\uFEFFHello"), "Hello", undefined],
    [
      "UTF-16LE with BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Hi é", "utf16le")]),
      "Hi é",
      undefined,
    ],
    [
      "a Latin-1 byte becomes U+FFFD with a warning",
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
      "caf\uFFFD ok",
      "invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD",
    ],
  ])("%s", (_name, bytes, text, warning) => {
    const d = decodeText(bytes);
    expect(d).toEqual({ ok: true, text, ...(warning ? { warning } : {}) });
  });

  it("rejects a file with NUL bytes as not text", () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({
      ok: false,
      error: "not a text file (contains NUL bytes)",
    });
  });
});

describe("parseJsonl", () => {
  const lines = [
    '{"id":"d1","text":"One.","title":"T","date":"2026-01-02","url":"https://example.org/1","source":"Gazette"}',
    '{"text":"No id here."}',
    "",
    '{"id":42,"text":"Numeric id."}',
    "{not json",
    '{"id":"d5","title":"no text"}',
    '{"id":"r1","entities":[],"mentions":[],"statements":[],"relations":[]}',
    '{"id":"r2","entities":"bad","mentions":[],"statements":[],"relations":[]}',
    '{"id":"d8","text":"CRLF line."}\r',
  ].join("\n");
  const items = [...parseJsonl(lines, "in.jsonl")];

  it.each([
    [
      1,
      {
        type: "document",
        doc: {
          id: "d1",
          text: "One.",
          title: "T",
          date: "2026-01-02",
          url: "https://example.org/1",
          source: "Gazette",
        },
      },
    ],
    [2, { type: "document", doc: { id: "in.jsonl:2", text: "No id here." } }],
    [4, { type: "document", doc: { id: "42", text: "Numeric id." } }],
    [5, { type: "problem", message: expect.stringMatching(/^invalid JSON/) }],
    [6, { type: "problem", message: expect.stringMatching(/text: /) }],
    [7, { type: "record", record: { id: "r1", entities: [], mentions: [], statements: [], relations: [] } }],
    [8, { type: "problem", message: expect.stringMatching(/^not a valid extraction record: entities/) }],
    [9, { type: "document", doc: { id: "d8", text: "CRLF line." } }],
  ])("line %i", (line, expected) => {
    expect(items.find((i) => i.line === line)).toMatchObject(expected);
  });

  it("skips blank lines and yields nothing else", () => {
    expect(items.map((i) => i.line)).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
    expect([...parseJsonl("\n\n  \n", "x")]).toEqual([]);
  });
});

describe("HTML articles", () => {
  const page = `<!doctype html><html><head><title>Harbour news</title>
    <meta property="article:published_time" content="2026-03-04T08:00:00Z"><link rel="canonical" href="https://example.org/harbour">
    <meta property="og:site_name" content="Vessar Gazette"></head>
    <body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
    <article><h1>Harbour news</h1>
    <p>Minister Talia Brenmoor of Norland said on Tuesday that the harbour at Vessar would reopen, ending a long closure for shipping crews.</p>
    <p>“We are ready,” Brenmoor told reporters, adding that the <b>port authority</b> had agreed to the plan after weeks of talks with unions.</p>
    </article><footer>Copyright Vessar Gazette. All rights reserved.</footer><script>var x = 1;</script></body></html>`;

  it("extracts the article text with paragraph breaks, not the navigation or footer", () => {
    const a = htmlToArticle(page);
    expect(a.text).toContain("Minister Talia Brenmoor of Norland said on Tuesday");
    expect(a.text).toContain(
      "closure for shipping crews.\n\n“We are ready,” Brenmoor told reporters, adding that the port authority",
    );
    expect(a.text).not.toMatch(/Sport|Weather|Copyright|var x/);
    expect(a).toMatchObject({
      title: "Harbour news",
      date: "2026-03-04T08:00:00Z",
      url: "https://example.org/harbour",
      source: "Vessar Gazette",
    });
  });

  it("falls back to the body text for a page without an article", () => {
    expect(htmlToArticle("<html><body><p>Short note.</p><p>Second.</p></body></html>").text).toBe(
      "Short note.\n\nSecond.",
    );
  });

  it("an empty page gives empty text", () => {
    expect(htmlToArticle("").text).toBe("");
  });

  it("blockText keeps list items on lines and <pre> whitespace", async () => {
    const { parseHTML } = await import("linkedom");
    const { document } = parseHTML("<html><body><ul><li>one</li><li>two</li></ul><pre>a  b</pre></body></html>");
    expect(blockText(document.body as never)).toBe("one\ntwo\n\na  b");
  });
});

describe("InputReader", () => {
  it("reads mixed inputs and reports bad ones by name while processing the rest", () => {
    const root = tree({
      "a.txt": "Ada Quill spoke.",
      "bin.txt": new Uint8Array([1, 2, 0, 3]),
      "empty.txt": "",
      "page.html": "<html><body><p>Page text.</p></body></html>",
      "docs.jsonl": '{"id":"j1","text":"Line one."}\nbroken\n{"text":"Line three."}\n',
    });
    const { docs, problems, items } = readAll([root, path.join(root, "missing")]);
    expect(docs.map((d) => d.id)).toEqual(["a.txt", "j1", "docs.jsonl:3", "empty.txt", "page.html"]);
    expect(docs.find((d) => d.id === "empty.txt")!.text).toBe("");
    expect(items.find((i) => i.type === "document" && i.doc.id === "page.html")).toMatchObject({
      derived: true,
      doc: { text: "Page text." },
    });
    expect(problems.map((p) => [path.basename(p.path), p.line, p.level])).toEqual([
      ["missing", undefined, "error"],
      ["bin.txt", undefined, "error"],
      ["docs.jsonl", 2, "error"],
    ]);
  });

  it("gives files of the same name in two folders their folder's name, whatever the argument order", () => {
    const root = tree({ "x/a.txt": "One.", "y/a.txt": "Two." });
    const { docs, problems } = readAll([path.join(root, "x"), path.join(root, "y")]);
    expect(docs.map((d) => d.id)).toEqual(["x/a.txt", "y/a.txt"]);
    expect(readAll([path.join(root, "y"), path.join(root, "x")]).docs.map((d) => d.id)).toEqual(["y/a.txt", "x/a.txt"]);
    expect(problems).toEqual([]);
  });

  it("renames a repeated id with a warning so graph keys stay unique", () => {
    const root = tree({ "a.jsonl": '{"id":"a.txt","text":"One."}\n{"id":"a.txt","text":"Two."}\n' });
    const { docs, problems } = readAll([path.join(root, "a.jsonl")]);
    expect(docs.map((d) => d.id)).toEqual(["a.txt", "a.txt~2"]);
    expect(problems).toMatchObject([{ level: "warning", message: 'duplicate document id "a.txt"; using "a.txt~2"' }]);
  });

  it.each([
    ["plain text", "Borin Vask arrived.", [{ id: "stdin", text: "Borin Vask arrived." }]],
    [
      "JSON lines",
      '{"id":"s1","text":"One."}\n{"text":"Two."}',
      [
        { id: "s1", text: "One." },
        { id: "stdin:2", text: "Two." },
      ],
    ],
    ["HTML", "<p>From a pipe.</p>", [{ id: "stdin", text: "From a pipe." }]],
  ])("sniffs stdin given as -: %s", (_name, input, expected) => {
    expect(readAll(["-"], input).docs).toEqual(expected);
  });

  it("stops at the first problem when the report callback throws (--strict)", () => {
    const root = tree({ "a.txt": new Uint8Array([0]), "b.txt": "fine" });
    const reader = new InputReader([root], {
      report: () => {
        throw new Error("strict");
      },
    });
    expect(() => [...reader.items()]).toThrow("strict");
  });
});
