// Word classes of the attribution tagger: the crude lemma and the cluster lookup, on invented words.
import { describe, expect, test } from "vitest";
import { clusterIds, crudeLemma, NO_CLUSTER, type WordClusters } from "../src/statements/learned/word-classes.ts";

describe("crude lemma", () => {
  test.each([
    ["pledged", "pledg"],
    ["pledges", "pledg"],
    ["pledging", "pledg"],
    ["pledge", "pledg"],
    ["denied", "deny"],
    ["denies", "deny"],
    ["stopped", "stop"],
    ["called", "call"],
    ["stressed", "stress"],
    ["claims", "claim"],
    ["urged", "urg"],
    ["urge", "urg"],
    // rows that must stay whole: no ending, or too short a stem
    ["said", "said"],
    ["is", "is"],
    ["was", "was"],
    ["has", "has"],
    ["ask", "ask"],
  ])("%s → %s", (word, lemma) => expect(crudeLemma(word)).toBe(lemma));
});

describe("cluster lookup", () => {
  const wc: WordClusters = {
    clusterIndex: new Map([
      ["vowed", 0],
      ["Brandtville", 1],
    ]),
    clusterLevels: [Int32Array.from([2, 7]), Int32Array.from([20, 70]), Int32Array.from([200, 700])],
  };
  const ids = (word: string, clusters: WordClusters | null = wc) => {
    const out = new Int32Array(3);
    clusterIds(word, word.toLowerCase(), clusters, out);
    return [...out];
  };
  test.each([
    ["the form itself", "vowed", [2, 20, 200]],
    ["its lower case", "VOWED", [2, 20, 200]],
    ["its title case", "BRANDTVILLE", [7, 70, 700]],
    ["no cluster", "quellish", [NO_CLUSTER, NO_CLUSTER, NO_CLUSTER]],
  ])("%s", (_name, word, want) => expect(ids(word)).toEqual(want));
  test("without clusters every word has none", () => expect(ids("vowed", null)).toEqual([-1, -1, -1]));
});
