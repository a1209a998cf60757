// Helpers for the reliability suite: invented articles on disk, the CLI in-process with captured streams, and the real launcher as a process.
import { expect } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/cli.ts";
import type { CliIO } from "../../src/io.ts";
import { REPO_ROOT } from "../../../core/test/golden/helpers.ts";

export const BIN = path.join(REPO_ROOT, "packages/cli/bin/newsgraph.mjs");

/** Invented names only: a few short articles with people, places and statements. */
export function article(i: number): string {
  return (
    `Talia Brenmoor${i}, the Norland trade minister, visited Vessar on Monday.\n\n` +
    `“We will reopen the port ${i},” Brenmoor${i} said. Odile Farrant of the Harbour Gazette told reporters the talks would continue.\n`
  );
}

export function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), "ng-rel-"));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

export function articles(n: number, dir = "in"): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) out[`${dir}/${String(i).padStart(3, "0")}.txt`] = article(i);
  return out;
}

export async function cli(args: string[], stdin = "") {
  let out = "",
    err = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: () => Buffer.from(stdin),
  };
  const code = await run(args, io);
  return { code, out, err };
}

/** The CLI in-process, failing the test (with its stderr) unless it exits 0; returns stderr. */
export async function cliOk(args: string[]): Promise<string> {
  const { code, err } = await cli(args);
  expect(code, err).toBe(0);
  return err;
}

/**
 * The real launcher under bash, so `ulimit` applies to it alone. tsx's transform cache is off: on a fresh machine
 * it would write its cache files under the same size limit.
 */
export function shell(script: string, cwd: string) {
  return spawnSync("bash", ["-c", script], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NG: BIN, TSX_DISABLE_CACHE: "1" },
    timeout: 120_000,
  });
}

export function launch(args: string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

/** Flips one bit of the byte at `at` in `file`: damage a checksum must catch. */
export function flipByte(file: string, at: number): void {
  const b = readFileSync(file);
  b.writeUInt8(b.readUInt8(at) ^ 0x20, at);
  writeFileSync(file, b);
}
