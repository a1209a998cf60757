// check:models' byte comparison: the same bytes pass; a changed, missing or unshipped file names the model and its command.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { MODEL_CHAIN, commandOf, compareModel, firstDifference } from "../attribution/model-chain.ts";

const byFile = (f: string) => MODEL_CHAIN.find((m) => m.file === f)!;

function dirs(shipped: string | null, fresh: string | null, file = "quote-keep.json") {
  const a = mkdtempSync(path.join(tmpdir(), "chain-shipped-"));
  const b = mkdtempSync(path.join(tmpdir(), "chain-fresh-"));
  if (shipped !== null) writeFileSync(path.join(a, file), shipped);
  if (fresh !== null) writeFileSync(path.join(b, file), fresh);
  return [a, b] as const;
}

describe("the model chain", () => {
  test("every shipped statement model has a training script and a pnpm command", () => {
    expect(MODEL_CHAIN.map((m) => m.file)).toEqual([
      "content-ends.json",
      "quote-keep.json",
      "source-chooser.json",
      "statement-keep.json",
      "attribution.bin.gz",
    ]);
    expect(commandOf(byFile("content-ends.json"))).toBe("pnpm train:content-ends --cache DIR");
    expect(commandOf(byFile("statement-keep.json"))).toBe("pnpm train:statement-keep --split train --cache DIR");
    expect(commandOf(byFile("attribution.bin.gz"))).toBe("pnpm train:attribution");
  });

  test("a model comes after every shipped model its training reads", () => {
    MODEL_CHAIN.forEach((m, i) => {
      for (const r of m.reads) expect(MODEL_CHAIN.findIndex((x) => x.file === r)).toBeLessThan(i);
    });
  });
});

describe("comparing a retrained model with the shipped one", () => {
  const m = byFile("quote-keep.json");

  test("the same bytes pass", () => {
    const [a, b] = dirs('{"bias":1}\n', '{"bias":1}\n');
    expect(compareModel(m, a, b)).toBeNull();
  });

  test("other bytes name the model, where they differ and the command that regenerates it", () => {
    const [a, b] = dirs('{"bias":1}\n', '{"bias":2}\n');
    const msg = compareModel(m, a, b);
    expect(msg).toMatch(/^newsgraph\/check-models: quote-keep\.json differs/);
    expect(msg).toContain("first difference at byte 8");
    expect(msg).toContain("pnpm train:quote-keep --split train --cache DIR");
  });

  test("statement-keep's message says which models to retrain before it", () => {
    const [a, b] = dirs("{}", "{ }", "statement-keep.json");
    expect(compareModel(byFile("statement-keep.json"), a, b)).toContain(
      "after quote-keep.json and source-chooser.json",
    );
  });

  test("a model its script did not write, or one not shipped, is an error too", () => {
    const [a, b] = dirs("{}", null);
    expect(compareModel(m, a, b)).toMatch(/quote-keep\.json was not retrained.*pnpm train:quote-keep/);
    const [c, d] = dirs(null, "{}");
    expect(compareModel(m, c, d)).toMatch(/quote-keep\.json is not shipped.*pnpm train:quote-keep/);
  });

  test("the first difference of a prefix is the shorter one's length", () => {
    expect(firstDifference(Buffer.from("abc"), Buffer.from("abcd"))).toBe(3);
    expect(firstDifference(Buffer.from("abc"), Buffer.from("abc"))).toBe(3);
    expect(firstDifference(Buffer.from("xbc"), Buffer.from("abc"))).toBe(0);
  });
});
