// Scavenges on the collecting thread alone while several jobs extract, unless node was given a GC flag of its own.
import { describe, expect, test } from "vitest";
import { scavengeFlagGiven } from "../src/pool/scavenge.ts";

describe("scavengeFlagGiven", () => {
  test.each<[string, string[], string | undefined, boolean]>([
    ["nothing given", [], undefined, false],
    ["other node flags", ["--max-semi-space-size=8", "--import", "x.mjs"], "--enable-source-maps", false],
    ["parallel scavenges asked for", ["--parallel-scavenge"], undefined, true],
    ["turned off in NODE_OPTIONS, underscore spelling", [], "--max-old-space-size=4096 --no_parallel_scavenge", true],
    ["single-threaded GC", ["--single-threaded-gc"], "", true],
    ["a different parallel flag", ["--parallel-marking", "--no-parallel-compaction"], undefined, false],
  ])("%s", (_name, execArgv, nodeOptions, want) => {
    expect(scavengeFlagGiven(execArgv, nodeOptions)).toBe(want);
  });
});
