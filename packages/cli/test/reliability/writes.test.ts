// Issue 16: writes that cannot lie — a full disk or a size limit never replaces a good output, kill -9 leaves no
// truncated file and its temp file is cleaned by the next run, and -o never points at a folder, device or input.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SerializedGraph } from "../../../core/src/schema/graph.ts";
import { ExtractionRecord } from "../../../core/src/schema/record.ts";
import { checkOutputTarget, cleanStaleTemps } from "../../src/output.ts";
import { spawnSync } from "node:child_process";
import { articles, cli, launch, shell, tree } from "./helpers.ts";

const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp"));

describe("issue 16: a full disk or a file size limit", () => {
  it("build under `ulimit -f` exits 1 naming the cause, keeps the old graph.json and leaves no temp file", () => {
    const root = tree({ ...articles(30), "g.json": "OLD GRAPH\n" });
    const r = shell(`ulimit -f 8; exec node "$NG" build in -o g.json`, root);
    expect(r.signal).toBeNull(); // SIGXFSZ is ignored: the write fails with EFBIG instead of killing the process
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/could not write g\.json: file too large \(EFBIG\)/);
    expect(r.stderr).not.toContain("internal error");
    expect(readFileSync(path.join(root, "g.json"), "utf8")).toBe("OLD GRAPH\n");
    expect(temps(root)).toEqual([]);
  });

  it("extract -o under `ulimit -f` exits 1, not 70, and keeps the old records", () => {
    const root = tree({ ...articles(30), "r.jsonl": "OLD\n" });
    const r = shell(`ulimit -f 4; exec node "$NG" extract in -o r.jsonl`, root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/file too large/);
    expect(readFileSync(path.join(root, "r.jsonl"), "utf8")).toBe("OLD\n");
    expect(temps(root)).toEqual([]);
  });

  it("extract to a redirected stdout under `ulimit -f` exits 1 naming the cause, without a stack trace", () => {
    const root = tree(articles(30));
    const r = shell(`ulimit -f 4; exec node "$NG" extract in > r.jsonl`, root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/could not write standard output: file too large \(EFBIG\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("the same build without the limit succeeds (the limit, not the input, failed it)", () => {
    const root = tree(articles(30));
    const r = shell(`exec node "$NG" build in -o g.json`, root);
    expect(r.status).toBe(0);
    expect(SerializedGraph.safeParse(JSON.parse(readFileSync(path.join(root, "g.json"), "utf8"))).success).toBe(true);
  });
});

describe("issue 16: kill -9 mid-write", () => {
  it("leaves the old output whole; the next run removes the dead run's temp file", async () => {
    const root = tree({ ...articles(400), "r.jsonl": "OLD\n" });
    const child = launch(["extract", "in", "-o", "r.jsonl"], root);
    const tmp = `.r.jsonl.${child.pid}.tmp`;
    // extract opens its temp file before the first record and writes to it as it goes
    const deadline = Date.now() + 60_000;
    while (
      !(existsSync(path.join(root, tmp)) && readFileSync(path.join(root, tmp)).length > 0) &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(path.join(root, tmp))).toBe(true);
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(readFileSync(path.join(root, "r.jsonl"), "utf8")).toBe("OLD\n");
    expect(temps(root)).toEqual([tmp]);
    const again = await cli(["extract", path.join(root, "in", "000.txt"), "-o", path.join(root, "r.jsonl")]);
    expect(again.code).toBe(0);
    expect(temps(root)).toEqual([]);
    ExtractionRecord.parse(JSON.parse(readFileSync(path.join(root, "r.jsonl"), "utf8")));
  }, 120_000);

  it("cleans only temp files of our own naming whose process is gone", () => {
    const root = tree({
      "g.json": "x",
      ".g.json.4194305.tmp": "dead",
      [`.g.json.${process.pid}.tmp`]: "mine",
      ".g.json.1.tmp": "init is alive",
      ".g.json.abc.tmp": "not ours",
      ".other.json.4194305.tmp": "another target",
    });
    expect(cleanStaleTemps(path.join(root, "g.json"))).toEqual([".g.json.4194305.tmp"]);
    expect(temps(root).sort()).toEqual(
      [`.g.json.${process.pid}.tmp`, ".g.json.1.tmp", ".g.json.abc.tmp", ".other.json.4194305.tmp"].sort(),
    );
  });
});

describe("issue 16: -o that would destroy something is refused", () => {
  it("-o at an existing folder: a usage error naming it, no stack trace", async () => {
    const root = tree({ ...articles(1), "out/keep.txt": "x" });
    const r = await cli(["build", path.join(root, "in"), "-o", path.join(root, "out")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/out is a folder; give a file name/);
  });

  it("build a.txt -o a.txt leaves the article alone", async () => {
    const root = tree({ "a.txt": "Talia Brenmoor said the port would reopen.\n" });
    const a = path.join(root, "a.txt");
    const r = await cli(["build", a, "-o", a]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/refusing to overwrite the input/);
    expect(readFileSync(a, "utf8")).toBe("Talia Brenmoor said the port would reopen.\n");
  });

  it("extract in -o in/x.jsonl (an input inside the folder read) is refused", async () => {
    const root = tree({ ...articles(1), "in/x.jsonl": '{"text":"Vale spoke."}\n' });
    const r = await cli(["extract", path.join(root, "in"), "-o", path.join(root, "in/x.jsonl")]);
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(root, "in/x.jsonl"), "utf8")).toBe('{"text":"Vale spoke."}\n');
  });

  it("-o at a pipe is refused instead of replacing it (the CLI case runs on a FIFO of its own, never on /dev/null)", async () => {
    const root = tree(articles(1));
    const fifo = path.join(root, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const r = await cli(["build", path.join(root, "in"), "-o", fifo]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a regular file/);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("-o /dev/null is refused by the check that runs before any write", () => {
    // checked through the function, not a run: a regression must never get to replace the machine's /dev/null
    expect(() => checkOutputTarget("/dev/null", "build", [])).toThrow(
      /not a regular file \(a device, pipe or socket\)/,
    );
  });

  it("-o and --gexf naming the same file is a usage error", async () => {
    const root = tree(articles(1));
    const r = await cli(["build", path.join(root, "in"), "-o", path.join(root, "g"), "--gexf", path.join(root, "g")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/name the same file/);
  });

  it("an output beside the inputs that is no input is fine", async () => {
    const root = tree(articles(2));
    writeFileSync(path.join(root, "in/graph.json"), "old");
    const r = await cli(["build", path.join(root, "in"), "-o", path.join(root, "in/graph.json")]);
    expect(r.code).toBe(0);
  });
});
