// Test support (core and viewer tests): validate GEXF against the official 1.3 RelaxNG in ../shared with xmllint.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
export const GEXF_RNG = path.resolve(REPO_ROOT, "../shared/gexf/specs/1.3/gexf.rng");

const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

/** Why schema validation cannot run here, or "" when it can. CI has both (.ci/run installs libxml2-utils). */
export const gexfSchemaSkipReason: string = !existsSync(GEXF_RNG)
  ? `GEXF schema not found at ${GEXF_RNG} (../shared absent)`
  : !hasXmllint
    ? "xmllint not installed (apt-get install libxml2-utils)"
    : "";

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
