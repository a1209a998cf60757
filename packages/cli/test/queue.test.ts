// Extraction on BullMQ: a producer and two worker processes on a private redis-server; one worker is killed with
// SIGKILL in the middle of a job, and the records must still equal a local run's, byte for byte, in input order.
import { describe, expect, test, beforeAll, afterAll } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../src/cli.ts";
import { displayUrl, parseQueueUrl } from "../src/queue/connection.ts";
import type { CliIO } from "../src/io.ts";
import { REPO_ROOT } from "../../core/test/golden/helpers.ts";
import { hasShared, sharedPath } from "@newsgraph/core/test-support";

const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;
if (!hasRedis)
  console.warn("queue.test: skipped, redis-server is not installed (apt-get install redis-server; .ci/run does it)");
// without the BBC politics folder the queue still runs on data/ and generated articles
const BBC = sharedPath("corpus/bbc/politics");
hasShared("corpus/bbc/politics", "queue.test on BBC politics");

const CLI = path.join(REPO_ROOT, "packages/cli/src/cli.ts");
/**
 * The CLI as a separate process, on source (never a stale build). tsx is loaded into this one process (--import),
 * not through its launcher, which would run a child: SIGKILL must hit the worker itself.
 */
const cli = (args: string[]) =>
  spawn(process.execPath, ["--conditions=development", "--import", "tsx", CLI, ...args], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Collects a child's stderr and resolves when a line matches. */
function waitFor(child: ChildProcess, log: { text: string }, re: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no line matching ${re} within ${ms} ms; output so far:\n${log.text}`)),
      ms,
    );
    const check = () => {
      const m = log.text.match(re);
      if (m) {
        clearTimeout(timer);
        child.stderr!.off("data", check);
        resolve(m);
      }
    };
    child.stderr!.on("data", check);
    check();
  });
}

function logOf(child: ChildProcess): { text: string } {
  const log = { text: "" };
  child.stderr!.on("data", (d: Buffer) => (log.text += d.toString()));
  return log;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once("exit", (code) => resolve(code)),
  );

/** Invented articles with invented people and organisations, long enough that a job takes a while. */
function generatedArticle(i: number): string {
  const first = ["Mara", "Tobin", "Ilse", "Corwin", "Nadia", "Pell"][i % 6]!;
  const last = ["Vantreck", "Oduya", "Lindqvar", "Pemberley", "Castellane", "Roskov"][(i * 5) % 6]!;
  const org = ["Harlow Mining Group", "the Velcor Institute", "Northgate Shipping", "the Aldmere Council"][i % 4]!;
  const para = (k: number) =>
    `${first} ${last}, the chief executive of ${org}, said on Tuesday that talks over the ${k}th contract had stalled. ` +
    `"We will not sign a deal that hurts our workers," ${last} told reporters in Oslo. ` +
    `According to ${last}, the company expects a decision from regulators in France before the end of the year.`;
  return Array.from({ length: 12 }, (_, k) => para(k + i)).join("\n\n") + "\n";
}

describe.skipIf(!hasRedis)(
  "newsgraph extract --queue with BullMQ workers (starts redis-server; about a minute)",
  () => {
    let redis: ChildProcess;
    let url: string;
    let dir: string;
    const inputs: string[] = [];

    beforeAll(async () => {
      const port = await freePort();
      url = `redis://127.0.0.1:${port}`;
      redis = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      await new Promise<void>((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${out}`)), 15_000);
        redis.stdout!.on("data", (d: Buffer) => {
          out += d.toString();
          if (/Ready to accept connections/i.test(out)) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      dir = mkdtempSync(path.join(tmpdir(), "newsgraph-queue-"));
      const gen = path.join(dir, "generated");
      mkdirSync(gen);
      for (let i = 0; i < 60; i++)
        writeFileSync(path.join(gen, `article-${String(i).padStart(2, "0")}.txt`), generatedArticle(i));
      cpSync(path.join(REPO_ROOT, "data"), path.join(dir, "data"), {
        recursive: true,
        filter: (f) => !f.endsWith(".json") && !f.includes("gold"),
      });
      inputs.push(path.join(dir, "data"), gen);
      if (existsSync(BBC)) inputs.push(BBC);
    }, 60_000);

    afterAll(() => {
      redis?.kill("SIGKILL");
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test("two workers, one killed mid-job: the records equal a local run's, in order, none lost or doubled", async () => {
      const local = path.join(dir, "local.jsonl");
      const io: CliIO = {
        stdout: { write: () => true },
        stderr: { write: () => true },
        readStdin: () => Buffer.alloc(0),
      };
      expect(await run(["extract", ...inputs, "-o", local], io)).toBe(0);

      const workers = [
        cli(["worker", "--queue", url, "--lock-ms", "1500"]),
        cli(["worker", "--queue", url, "--lock-ms", "1500"]),
      ];
      const logs = workers.map(logOf);
      try {
        await Promise.all(workers.map((w, i) => waitFor(w, logs[i]!, /waiting for jobs/)));
        const out = path.join(dir, "queued.jsonl");
        const producer = cli(["extract", "--queue", url, "--batch", "8", ...inputs, "-o", out]);
        const plog = logOf(producer);
        // kill the first worker as soon as it has started its second job
        const jobId = (await waitFor(workers[0]!, logs[0]!, /job (\S+) started[\s\S]*job (\S+) started/))[2]!;
        workers[0]!.kill("SIGKILL");
        const code = await Promise.race([
          exited(producer),
          new Promise((r) => setTimeout(() => r("timeout"), 120_000)),
        ]);
        expect(code, `producer:\n${plog.text}\nworker 1:\n${logs[0]!.text}\nworker 2:\n${logs[1]!.text}`).toBe(0);
        expect(readFileSync(out, "utf8")).toBe(readFileSync(local, "utf8"));
        // the killed worker's unfinished job was handed to the other worker by stalled-job detection
        if (!logs[0]!.text.includes(`job ${jobId} done`)) expect(logs[1]!.text).toContain(`job ${jobId} started`);
        const ids = readFileSync(out, "utf8")
          .trim()
          .split("\n")
          .map((l) => (JSON.parse(l) as { id: string }).id);
        expect(new Set(ids).size).toBe(ids.length);
      } finally {
        for (const w of workers) w.kill("SIGTERM"); // the surviving worker stops cleanly on SIGTERM
        expect(await exited(workers[1]!)).toBe(0);
      }
    }, 180_000);

    test("a Redis URL where nothing listens fails at once with a message naming it", async () => {
      const port = await freePort();
      const err: string[] = [];
      const io: CliIO = {
        stdout: { write: () => true },
        stderr: { write: (s: string) => (err.push(s), true) },
        readStdin: () => Buffer.alloc(0),
      };
      expect(await run(["extract", "--queue", `redis://127.0.0.1:${port}`, path.join(REPO_ROOT, "data")], io)).toBe(1);
      expect(err.join("")).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+ .*start redis-server/);
      expect(await run(["worker", "--queue", "http://x"], io)).toBe(2);
      expect(err.join("")).toMatch(/--queue must start with redis:\/\//);
    });
  },
);

describe("--queue URLs", () => {
  test.each([
    ["redis://127.0.0.1:6380", { host: "127.0.0.1", port: 6380, db: 0 }],
    ["redis://queue.example:6379/2", { host: "queue.example", port: 6379, db: 2 }],
    ["redis://:s3cret@10.0.0.5", { host: "10.0.0.5", port: 6379, password: "s3cret" }],
    ["rediss://user:pw@h:7000", { host: "h", port: 7000, username: "user", password: "pw", tls: {} }],
  ])("%s", (url, expected) => {
    expect(parseQueueUrl("extract", url)).toMatchObject({ ...expected, maxRetriesPerRequest: null });
  });

  test.each(["127.0.0.1:6379", "http://h:6379", "redis://h:6379/x"])("%s is refused with a usage message", (url) => {
    expect(() => parseQueueUrl("worker", url)).toThrow(/newsgraph worker: .*(--queue|database)/);
  });

  test("a password never reaches the logs", () => {
    expect(displayUrl("redis://:s3cret@10.0.0.5:6379")).toBe("redis://:***@10.0.0.5:6379");
    expect(displayUrl("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379");
  });
});
