// pnpm check:models [--cache DIR] [--out DIR] [--only FILE,FILE] [--no-tagger] [--write]: retrain each shipped statement model in the chain's order into a folder and compare its bytes with packages/core/models/ (exit 1 naming each that differs and its command); --write retrains them in place instead, in order, so each reads the ones before it.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { checkOptions } from "../options.ts";
import { MODEL_CHAIN, commandOf, compareModel } from "./model-chain.ts";

checkOptions(import.meta.url, "check-models", ["--cache", "--out", "--only", "--no-tagger", "--write"]);

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = path.resolve(import.meta.dirname, "../..");
const shippedDir = path.join(root, "packages/core/models");
const write = args.includes("--write");
// a fresh cache by default: the document stages and the fold taggers are made again, so nothing stale is read
const cache = opt("--cache") ?? mkdtempSync(path.join(tmpdir(), "newsgraph-models-cache-"));
const outDir = write ? shippedDir : (opt("--out") ?? mkdtempSync(path.join(tmpdir(), "newsgraph-models-")));
mkdirSync(outDir, { recursive: true });
const only = opt("--only")?.split(",");
const unknown = only?.filter((f) => !MODEL_CHAIN.some((m) => m.file === f)) ?? [];
if (unknown.length) {
  console.error(
    `newsgraph/check-models: --only names no model of the chain: ${unknown.join(", ")}; the models are ${MODEL_CHAIN.map((m) => m.file).join(", ")}`,
  );
  process.exit(2);
}
const chain = MODEL_CHAIN.filter(
  (m) => (!only || only.includes(m.file)) && !(args.includes("--no-tagger") && m.file === "attribution.bin.gz"),
);
const tsx = path.join(root, "node_modules/.bin/tsx");

console.log(`newsgraph/check-models: cache ${cache}, retrained models in ${outDir}`);
const failures: string[] = [];
const t0 = performance.now();
for (const m of chain) {
  const out = path.join(outDir, m.file);
  const margs = m.args.map((a) => (a === "DIR" ? cache : a));
  const t = performance.now();
  console.log(`\n== ${m.file}: ${commandOf(m)} --out ${out}`);
  const r = spawnSync(
    tsx,
    ["--conditions=development", path.join(root, "scripts/attribution", m.script), ...margs, "--out", out],
    { stdio: "inherit", cwd: root },
  );
  if (r.status !== 0) {
    failures.push(`newsgraph/check-models: ${commandOf(m)} failed (exit ${r.status}); see its output above`);
    continue;
  }
  if (write) {
    console.log(`${m.file}: written (${((performance.now() - t) / 1000).toFixed(0)} s)`);
    continue;
  }
  const diff = compareModel(m, shippedDir, outDir);
  if (diff) failures.push(diff);
  console.log(`${m.file}: ${diff ? "DIFFERS" : "same bytes"} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
}
// a cache this run made is about 130 MB (the documents and five fold taggers): removed; one given with --cache is kept
if (!opt("--cache")) rmSync(cache, { recursive: true, force: true });
console.log(`\nnewsgraph/check-models: ${chain.length} models in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
for (const f of failures) console.error(f);
process.exit(failures.length ? 1 : 0);
