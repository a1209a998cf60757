// `newsgraph ner --conll`: every line comes back, token lines with one extra IOB2 column.
import { describe, expect, test } from "vitest";
import { tagConllText } from "../src/ner-conll.ts";
import { loadNerModel } from "../src/load-ner.ts";

const model = loadNerModel();

describe("tagConllText", () => {
  test("passes -DOCSTART- and blank lines through and appends one tag per token", () => {
    const input = [
      "-DOCSTART- -X- O O",
      "",
      "Ilvo NNP I-NP I-PER",
      "Strand NNP I-NP I-PER",
      "spoke VBD I-VP O",
      ". . O O",
      "",
      "",
    ].join("\n");
    const out = tagConllText(input, model).split("\n");
    const lines = input.split("\n");
    expect(out).toHaveLength(lines.length);
    expect(out[0]).toBe(lines[0]);
    expect(out[1]).toBe("");
    for (const i of [2, 3, 4, 5]) {
      expect(out[i]!.startsWith(lines[i]! + " ")).toBe(true);
      expect(out[i]!.split(" ").pop()).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    }
    expect(out[2]!.endsWith(" B-PER")).toBe(true);
    expect(out[3]!.endsWith(" I-PER")).toBe(true);
  });

  test("empty input stays empty", () => expect(tagConllText("", model)).toBe(""));
});
