// CLI plumbing: the streams a command talks to (injectable for tests) and atomic file output.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";

export interface OutStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  /** all of standard input, read on demand (only when an input is "-") */
  readStdin: () => Buffer;
}

/** A problem the user must fix (bad usage, missing file): printed without a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/**
 * A file written to `<dir>/.<name>.<pid>.tmp` and renamed over the target on commit, so an interrupted run never
 * leaves a truncated output (rename is atomic within one filesystem, and the temp file sits in the same folder).
 */
export class AtomicFile {
  private fd: number | null;
  readonly tmp: string;

  constructor(readonly target: string) {
    this.tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
      this.fd = openSync(this.tmp, "w");
    } catch (e) {
      throw new CliError(`newsgraph: cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check that the folder exists and is writable`, 1);
    }
  }

  write(s: string): void {
    if (this.fd === null) throw new Error(`newsgraph: ${this.target} already closed`);
    writeSync(this.fd, s);
  }

  commit(): void {
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.tmp, this.target);
  }

  /** Drop the temp file; the previous target (if any) is left untouched. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tmp, { force: true });
  }
}

export function writeFileAtomic(target: string, content: string): void {
  const f = new AtomicFile(target);
  try {
    f.write(content);
    f.commit();
  } catch (e) {
    f.abort();
    throw e;
  }
}

/** Fail before a long run, not after it, when an output's folder does not exist. */
export function checkOutputDir(target: string, command: string): void {
  const dir = path.dirname(path.resolve(target));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliError(`newsgraph ${command}: cannot write ${target}: folder ${dir} does not exist; create it first`, 1);
  }
}
