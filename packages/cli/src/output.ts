// Output safety for the CLI: what a failed write means in words, stale temp files of killed runs, and -o targets that must be refused.
import { existsSync, readdirSync, realpathSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { CliError } from "./errors.ts";
import { formatOf } from "./inputs/sources.ts";

/** The name AtomicFile writes to before the rename; stale ones are recognised by this exact shape. */
export function tempName(target: string, pid: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.tmp`);
}

/** A write error in words that name the cause, so "disk full" never hides behind a stack trace. */
export function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOSPC":
      return "disk full (ENOSPC); free some space or write elsewhere";
    case "EDQUOT":
      return "disk quota exceeded (EDQUOT); free some space or write elsewhere";
    case "EFBIG":
      return "file too large (EFBIG): the file size limit was reached (see ulimit -f) or the filesystem cannot hold it";
    case "ESHORT":
      return `the file on disk is not what was written (${(e as Error).message})`;
    case "EIO":
      return "input/output error (EIO) from the disk";
    case "EROFS":
      return "read-only filesystem (EROFS)";
    case "EACCES":
    case "EPERM":
      return `permission denied (${code}); check that the folder is writable`;
    default:
      return code ? `${code}: ${(e as Error).message}` : (e as Error).message;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

/**
 * Remove `.<name>.<pid>.tmp` files beside target left by runs that were killed (kill -9, power loss): only our own
 * naming, only when that pid is no longer running, so a parallel run's temp file is never touched.
 */
export function cleanStaleTemps(target: string): string[] {
  const dir = path.dirname(target);
  const base = path.basename(target);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const prefix = `.${base}.`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pidText = name.slice(prefix.length, -".tmp".length);
    if (!/^\d{1,10}$/.test(pidText)) continue;
    const pid = Number(pidText);
    if (pid === process.pid || alive(pid)) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    } catch {
      /* not ours to fight over: a later run tries again */
    }
  }
  return removed;
}

/** Fail before a long run, not after it, when an output's folder does not exist. */
export function checkOutputDir(target: string, command: string): void {
  const dir = path.dirname(path.resolve(target));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliError(
      `newsgraph ${command}: cannot write ${target}: folder ${dir} does not exist; create it first`,
      1,
    );
  }
}

function real(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/**
 * Refuse an output that would destroy something: an existing folder, a device or pipe (replacing /dev/null as root),
 * or a file this run reads as input (named, or found inside an input folder).
 */
export function checkOutputTarget(target: string, command: string, inputs: readonly string[] = []): void {
  checkOutputDir(target, command);
  if (!existsSync(target)) return;
  const st = statSync(target);
  if (st.isDirectory())
    throw new CliError(
      `newsgraph ${command}: ${target} is a folder; give a file name, e.g. ${path.join(target, "graph.json")}`,
      2,
    );
  if (!st.isFile())
    throw new CliError(
      `newsgraph ${command}: ${target} is not a regular file (a device, pipe or socket); write to a file instead`,
      2,
    );
  const t = real(target);
  for (const input of inputs) {
    if (input === "-") continue;
    const r = real(input);
    if (r === null) continue;
    const inside =
      statSync(r).isDirectory() &&
      t !== null &&
      t.startsWith(r + path.sep) &&
      formatOf(t) !== undefined &&
      !path
        .relative(r, t)
        .split(path.sep)
        .some((seg) => seg.startsWith("."));
    if (t === r || inside)
      throw new CliError(
        `newsgraph ${command}: refusing to overwrite the input ${target}; choose another output file`,
        2,
      );
  }
}
