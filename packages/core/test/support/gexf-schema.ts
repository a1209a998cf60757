// Test support (core and viewer tests): validate GEXF against the official 1.3 RelaxNG in ../shared with xmllint.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sharedPath, sharedSkipMessage } from "./shared.ts";

const RNG = "gexf/specs/1.3/gexf.rng";
export const GEXF_RNG = sharedPath(RNG);

/**
 * Whether schema validation must be skipped here, after printing why (the shared wording when the schema is
 * absent). CI has both the schema and xmllint (.ci/run installs libxml2-utils).
 */
export function skipGexfSchema(what: string): boolean {
  if (!existsSync(GEXF_RNG)) {
    console.warn(sharedSkipMessage(what, RNG));
    return true;
  }
  if (spawnSync("xmllint", ["--version"]).status !== 0) {
    console.warn(`[skip] ${what}: needs xmllint (apt-get install libxml2-utils), not installed`);
    return true;
  }
  return false;
}

/** Validate a GEXF file; `out` is xmllint's report ("… validates" or the errors). */
export function validateGexfFile(file: string): { ok: boolean; out: string } {
  const r = spawnSync("xmllint", ["--noout", "--relaxng", GEXF_RNG, file], { encoding: "utf8" });
  return { ok: r.status === 0, out: r.stderr };
}

/** Validate GEXF text by writing it to a temporary file first. */
export function validateGexf(xml: string): { ok: boolean; out: string } {
  const f = path.join(mkdtempSync(path.join(tmpdir(), "gexf-")), "g.gexf");
  writeFileSync(f, xml);
  return validateGexfFile(f);
}
