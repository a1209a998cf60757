// Every training, evaluation and analysis script with options stops on one it does not know and prints its usage on --help.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

// the check runs before any data is read, so these rows need neither ../shared nor a model
const SCRIPTS = [
  ["scripts/eval/attribution.ts", "eval-attribution", "--split"],
  ["scripts/attribution/train.ts", "train-attribution", "--epochs"],
  ["scripts/attribution/train-content-ends.ts", "train-content-ends", "--cv-only"],
  ["scripts/attribution/stage-share.ts", "stage-share", "--every"],
  ["scripts/ner/train.ts", "train-ner", "--no-gazetteer"],
  ["scripts/ner/cv.ts", "cv-ner", "--caps-every"],
  ["scripts/eval/ner.ts", "eval-ner", "--no-compromise"],
  ["scripts/eval/entities.ts", "eval-entities", "--no-bbc"],
  ["scripts/eval/entity-classes.ts", "eval-entity-classes", "--reuters"],
] as const;

function run(script: string, ...args: string[]) {
  return spawnSync(tsx, ["--conditions=development", path.join(root, script), ...args], {
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe.each(SCRIPTS)("%s", (script, name, option) => {
  test("a mistyped option is an error naming it, with the usage", () => {
    const r = run(script, option + "s", "1");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`newsgraph/${name}: unknown option ${option}s`);
    // the usage lists the real option
    expect(r.stderr).toContain(option);
    expect(r.stdout).toBe("");
  });

  test("--help prints the usage and runs nothing", () => {
    const r = run(script, "--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: /);
    expect(r.stdout).toContain(option);
  });
});
