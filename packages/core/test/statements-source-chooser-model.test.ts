// The source chooser's model: its hashed features, its decision by margin and scope, its file and its training.
import { describe, expect, test } from "vitest";
import { chooseSources, parseSourceChooser, type SourceChooserModel } from "../src/statements/source-chooser.ts";
import { sourceOptions } from "../src/statements/source-chooser-features.ts";
import { chooserDoc, roleMap } from "../src/statements/source-chooser-doc.ts";
import { trainSourceChooser } from "../src/statements/source-chooser-train.ts";
import type { Candidate } from "../src/statements/clause.ts";
import { HASH_CODER, HashedWeights, featureHash, hashedWeights } from "../src/statements/source-chooser-hash.ts";
import { loadDefaultResources } from "./support/resources.ts";
import { chooserSite as site } from "./support/chooser-site.ts";

describe("source chooser: hashed features", () => {
  test("the hash coder gives each option's string features' hashes, in the same order", () => {
    const { ctx, cand, mentions, at } = site();
    const other: Candidate = { ...cand, cue: null, source: { first: at("Ann"), last: at("Vale"), pronoun: false } };
    const doc = chooserDoc(ctx, mentions, null);
    const roles = roleMap(ctx, [cand, other]);
    const strings = sourceOptions(ctx, doc, roles, cand);
    const hashes = sourceOptions(ctx, doc, roles, cand, HASH_CODER);
    expect(strings.length).toBeGreaterThan(2);
    expect(hashes.map((o) => o.feats)).toEqual(strings.map((o) => o.feats.map(featureHash)));
    expect(hashes.map((o) => o.span)).toEqual(strings.map((o) => o.span));
  });

  test("the table finds each weight, gives 0 to an unknown feature, and the shipped model has no shared hash", () => {
    const t = new HashedWeights(
      new Map([
        ["w=vale", 2.5],
        ["K", -1],
      ]),
    );
    expect(t.get(featureHash("w=vale"))).toBe(2.5);
    expect(t.score([featureHash("K"), featureHash("w=vale"), featureHash("w=reyl")])).toBe(1.5);
    expect(t.get(featureHash("w=reyl"))).toBe(0);
    const shipped = loadDefaultResources().sourceChooser!;
    expect(hashedWeights(shipped.weights).collisions).toBe(0);
    expect(hashedWeights(shipped.weights)).toBe(hashedWeights(shipped.weights));
  });
});

describe("source chooser: decision", () => {
  const model = (weights: Record<string, number>, margin = 0, scope: SourceChooserModel["scope"] = "all") => ({
    margin,
    scope,
    weights: new Map(Object.entries(weights)),
  });

  test("the best option replaces the source when it beats keeping it by the margin", () => {
    const { ctx, cand, mentions, at } = site();
    const m = model({ "w=vale": 5 });
    const [out] = chooseSources(ctx, [cand], mentions, m, null);
    expect(out!.source).toMatchObject({ first: at("Ann"), last: at("Vale") });
    expect(out!.rule).toBe("indirect:model+chosen-source");
    expect(chooseSources(ctx, [cand], mentions, model({ "w=vale": 5 }, 6), null)[0]).toBe(cand);
  });

  test("scope tagger changes the tagger's sourced attribution, not a rule's", () => {
    const { ctx, cand, mentions, at } = site();
    const m = model({ "w=vale": 5 }, 0, "tagger");
    expect(chooseSources(ctx, [cand], mentions, m, null)[0]!.source).toMatchObject({
      first: at("Ann"),
      last: at("Vale"),
    });
    const rule = { ...cand, rule: "indirect:cue-clause" };
    expect(chooseSources(ctx, [rule], mentions, m, null)[0]).toBe(rule);
  });

  test("scope doubtful (shipped) also changes a rule's source that reads as no subject, not a plausible one", () => {
    const { ctx, cand, mentions, at } = site();
    const m = model({ "w=vale": 5 }, 0, "doubtful");
    const plausible = { ...cand, rule: "indirect:cue-clause" };
    expect(chooseSources(ctx, [plausible], mentions, m, null)[0]).toBe(plausible);
    const doubtful = { ...plausible, source: { first: at("on"), last: at("on"), pronoun: false } };
    expect(chooseSources(ctx, [doubtful], mentions, m, null)[0]!.source).toMatchObject({
      first: at("Ann"),
      last: at("Vale"),
    });
    expect(chooseSources(ctx, [cand], mentions, m, null)[0]!.rule).toBe("indirect:model+chosen-source");
    expect(loadDefaultResources().sourceChooser!.scope).toBe("doubtful");
  });

  test("scope unsourced leaves a sourced attribution alone; no model changes nothing", () => {
    const { ctx, cand, mentions } = site();
    expect(chooseSources(ctx, [cand], mentions, model({ "w=vale": 5 }, 0, "unsourced"), null)[0]).toBe(cand);
    const list = [cand];
    expect(chooseSources(ctx, list, mentions, null, null)).toBe(list);
  });

  test("the model file: checked by its schema, errors name the module and the fix", () => {
    const ok = parseSourceChooser(
      JSON.stringify({ kind: "newsgraph-source-chooser", version: 1, margin: 0, scope: "all", weights: { K: 1 } }),
    );
    expect(ok.weights.get("K")).toBe(1);
    expect(() => parseSourceChooser("{")).toThrow(/newsgraph\/source-chooser.*pnpm train:source-chooser/);
    expect(() => parseSourceChooser(JSON.stringify({ kind: "x" }))).toThrow(/newsgraph\/source-chooser/);
  });
});

describe("source chooser: training", () => {
  test("learns to prefer the right option and is deterministic for a seed", () => {
    const ex = [
      {
        feats: [
          ["K", "K|f=model"],
          ["O", "w=vale"],
          ["O", "w=board"],
        ],
        right: [false, true, false],
      },
      {
        feats: [
          ["K", "K|f=clause"],
          ["O", "w=reyl"],
        ],
        right: [true, false],
      },
      {
        feats: [
          ["K", "K|f=model"],
          ["O", "w=board"],
          ["O", "w=vale"],
        ],
        right: [false, false, true],
      },
    ];
    const m = trainSourceChooser(ex, 5, 17, 0, "all");
    const score = (fs: string[]) => fs.reduce((s, f) => s + (m.weights.get(f) ?? 0), 0);
    for (const e of ex) {
      const best = e.feats.map(score).reduce((b, s, i, all) => (s > all[b]! ? i : b), 0);
      expect(e.right[best]).toBe(true);
    }
    expect([...trainSourceChooser(ex, 5, 17, 0, "all").weights]).toEqual([...m.weights]);
  });
});
