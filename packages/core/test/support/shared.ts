// Test support: the shared data folder (../shared beside the repository) and the one way a test skips without it.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** ../shared beside the repository; NEWSGRAPH_SHARED points elsewhere (a missing folder shows what runs without it). */
export const SHARED_DIR = path.resolve(REPO_ROOT, process.env.NEWSGRAPH_SHARED ?? "../shared");

/** The one wording of a skip for missing shared data: what is skipped and the path it needs. */
export function sharedSkipMessage(what: string, rel: string): string {
  return `[skip] ${what}: needs ${path.join(SHARED_DIR, rel)} (the shared data folder beside the repository), not found`;
}

/** Absolute path of `rel` inside the shared folder, whether or not it exists. */
export function sharedPath(rel: string): string {
  return path.join(SHARED_DIR, rel);
}

/**
 * Whether `rel` is in the shared folder; when it is not, prints the skip line. Tests call it once at the top of the
 * file and pass `!hasShared(…)` to describe.skipIf / it.skipIf.
 */
export function hasShared(rel: string, what: string): boolean {
  if (existsSync(sharedPath(rel))) return true;
  console.warn(sharedSkipMessage(what, rel));
  return false;
}
