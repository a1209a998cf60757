// vitest global setup: every test's temporary folders go under one root that is removed when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Tests and the CLI processes they spawn call `os.tmpdir()` / `mkdtemp` freely; many never removed what they made
 * (hundreds of folders per run in /tmp). Pointing TMPDIR at one root before the test workers start catches all of them,
 * child processes included, without each test having to clean up.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), "newsgraph-test-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
