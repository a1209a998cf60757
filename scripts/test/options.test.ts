// Every training, evaluation and analysis script with options stops on one it does not know and prints its usage on --help.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { usageOf } from "../options.ts";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

// the check runs before any data is read, so these rows need neither ../shared nor a model
const SCRIPTS = [
  ["scripts/eval/attribution.ts", "eval-attribution", "--split"],
  ["scripts/attribution/train.ts", "train-attribution", "--epochs"],
  ["scripts/attribution/train-content-ends.ts", "train-content-ends", "--cv-only"],
  ["scripts/attribution/stage-share.ts", "stage-share", "--every"],
  ["scripts/attribution/check-models.ts", "check-models", "--no-tagger"],
  ["scripts/ner/train.ts", "train-ner", "--no-gazetteer"],
  ["scripts/ner/cv.ts", "cv-ner", "--caps-every"],
  ["scripts/eval/ner.ts", "eval-ner", "--no-compromise"],
  ["scripts/eval/entities.ts", "eval-entities", "--no-bbc"],
  ["scripts/eval/entity-classes.ts", "eval-entity-classes", "--reuters"],
  // analysis scripts: analysisSetup checks against the options their header names
  ["scripts/attribution/train-quote-keep.ts", "train-quote-keep", "--dump"],
  ["scripts/attribution/train-source-chooser.ts", "train-source-chooser", "--scopes"],
  ["scripts/attribution/train-statement-keep.ts", "train-statement-keep", "--shifts"],
  ["scripts/attribution/late-spans.ts", "late-spans", "--nested"],
  ["scripts/attribution/quote-joins.ts", "quote-joins", "--show"],
  ["scripts/attribution/source-classes.ts", "source-classes", "--no-chooser"],
  ["scripts/attribution/quote-misses.ts", "quote-misses", "--quote-keep"],
  ["scripts/attribution/sources.ts", "sources", "--only"],
  ["scripts/attribution/boundaries.ts", "boundaries", "--limit"],
  ["scripts/attribution/cue-extent.ts", "cue-extent", "--per-word"],
] as const;

// each row starts a process (1–5 s on a loaded machine): rows run side by side, each with a generous timeout
const TIMEOUT = 60_000;

function run(script: string, ...args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      tsx,
      ["--conditions=development", path.join(root, script), ...args],
      { timeout: TIMEOUT },
      (e, stdout, stderr) => resolve({ status: e ? (typeof e.code === "number" ? e.code : null) : 0, stdout, stderr }),
    );
  });
}

describe.concurrent.each(SCRIPTS)("%s", (script, name, option) => {
  test(
    "a mistyped option is an error naming it, with the usage",
    async () => {
      const r = await run(script, option + "s", "1");
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`newsgraph/${name}: unknown option ${option}s`);
      // the usage lists the real option
      expect(r.stderr).toContain(option);
      expect(r.stdout).toBe("");
    },
    TIMEOUT,
  );

  test(
    "--help prints the usage and runs nothing",
    async () => {
      const r = await run(script, "--help");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^usage: /);
      expect(r.stdout).toContain(option);
    },
    TIMEOUT,
  );
});

describe.concurrent("bench/run.ts", () => {
  test(
    "a mistyped option stops the run before any section starts, naming the section's options",
    async () => {
      const r = await run("bench/run.ts", "scale", "--part", "threads");
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("bench: unknown option(s) --part for scale");
      expect(r.stderr).toContain("--parts");
      expect(r.stdout).not.toContain("## scale");
    },
    TIMEOUT,
  );

  test(
    "an option of another section is refused too",
    async () => {
      const r = await run("bench/run.ts", "startup", "--scale", "1");
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("These sections take no options");
    },
    TIMEOUT,
  );
});

describe("analysis scripts", () => {
  // analysisSetup accepts what a script's header names, so an option read in the code but missing from the header
  // would be refused at run time: every literal option the code reads must be in the header
  const dir = path.join(root, "scripts/attribution");
  const users = readdirSync(dir).filter((f) => f.endsWith(".ts") && /analysisSetup\(/.test(read(f)));

  function read(f: string) {
    return readFileSync(path.join(dir, f), "utf8");
  }

  test("there are scripts to check", () => expect(users.length).toBeGreaterThan(5));

  test.each(users)("%s names every option it reads in its header", (f) => {
    const text = read(f);
    const header = usageOf(pathToFileURL(path.join(dir, f)).href);
    const read_ = [...text.matchAll(/(?:opt|includes)\("(--[a-z][a-z0-9-]*)"\)/g)].map((m) => m[1]!);
    const shared = ["--split", "--cache", "--retrain", "--show"];
    expect(read_.filter((o) => !shared.includes(o) && !header.includes(o))).toEqual([]);
  });
});
