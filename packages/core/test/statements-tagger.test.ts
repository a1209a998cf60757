// The attribution tagger on invented sentences: gold tags, runs, grouping, training, the model file and its joining to the
// rules (its content ends: statements-tagger-ends.test.ts).
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import { extractStatements, ruleCandidates } from "../src/statements/extract.ts";
import { documentFeatures } from "../src/statements/learned/features.ts";
import { mentionKinds, ruleLabels } from "../src/statements/learned/token-labels.ts";
import { goldTags, type GoldSpans } from "../src/statements/learned/gold.ts";
import { groupSentence } from "../src/statements/learned/group.ts";
import { parseAttributionModel, pruneRows, serializeAttributionModel } from "../src/statements/learned/model.ts";
import { decodeOnce, decodeSentence } from "../src/statements/learned/perceptron.ts";
import { trainAttribution, type AttrTrainItem } from "../src/statements/learned/perceptron-train.ts";
import { STACK_PER_TOKEN, stackFeatures } from "../src/statements/learned/stack.ts";
import { runs } from "../src/statements/learned/tags.ts";
import type { WordClusters } from "../src/statements/learned/word-classes.ts";
import { entitiesFor, P } from "./statements-helpers.ts";

/** A sentence with its attribution marked: [cue], {source}, <content>. */
function parse(marked: string): { text: string; gold: GoldSpans[] } {
  let text = "";
  const spans: Record<"cue" | "source" | "content", { start: number; end: number }[]> = {
    cue: [],
    source: [],
    content: [],
  };
  const open: Record<string, number> = {};
  const role = { "[": "cue", "{": "source", "<": "content" } as const;
  const close = { "]": "cue", "}": "source", ">": "content" } as const;
  for (const ch of marked) {
    if (ch in role) open[role[ch as keyof typeof role]] = text.length;
    else if (ch in close)
      spans[close[ch as keyof typeof close]].push({ start: open[close[ch as keyof typeof close]]!, end: text.length });
    else text += ch;
  }
  return { text, gold: spans.content.length ? [spans] : [] };
}

const CORPUS = [
  "{The harbour board} [championed] <the harbour wall plan> .",
  "{The village} [opposes] <a new vote on the levy> .",
  "{The council} [championed] <the ferry line> .",
  "{The ferry union} [opposes] <the quarry road> .",
  "The harbour wall is old and the ferry runs twice a day .",
  "Nobody rebuilt the quarry road last year .",
];

function items(lines: string[], clusters: WordClusters | null = null): { item: AttrTrainItem[]; text: string }[] {
  return lines.map((line) => {
    const { text, gold } = parse(line);
    const seg = segment(text);
    const ents = entitiesFor(text, [P("Mara Quell"), P("Ivo Brandt"), P("Anja Vetter")]);
    const { ctx, accepted, mentions } = ruleCandidates({ id: "t", text }, seg, ents);
    const tags = goldTags(ctx.tokens, gold);
    const feats = documentFeatures(
      ctx,
      seg.sentences,
      ruleLabels(ctx, accepted),
      mentionKinds(ctx, mentions),
      clusters,
    );
    return { text, item: feats.map((sf) => ({ sf, gold: tags.subarray(sf.first, sf.last + 1) })) };
  });
}

describe("attribution tagger: tags", () => {
  test("gold tags: cue over content, each run starting with B", () => {
    const { text, gold } = parse("{Vale} [said] <the dam is old> .");
    const tags = goldTags(segment(text).tokens, gold);
    expect(Array.from(tags)).toEqual([3, 1, 5, 6, 6, 6, 0]);
  });
  test("a nested cue splits the outer content into two runs", () => {
    const text = "Vale said the mayor warned of floods .";
    const gold: GoldSpans[] = [
      { content: [{ start: 10, end: 36 }], cue: [{ start: 5, end: 9 }], source: [{ start: 0, end: 4 }] },
      { content: [{ start: 27, end: 36 }], cue: [{ start: 20, end: 26 }], source: [{ start: 10, end: 19 }] },
    ];
    const tags = goldTags(segment(text).tokens, gold);
    expect(Array.from(tags)).toEqual([3, 1, 3, 4, 1, 5, 6, 0]);
  });
  test("runs: a content goes on over a B right after it, cues and sources do not", () => {
    expect(runs([5, 6, 5, 6, 0, 1, 1, 3, 4])).toEqual([
      { role: "content", first: 0, last: 3 },
      { role: "cue", first: 5, last: 5 },
      { role: "cue", first: 6, last: 6 },
      { role: "source", first: 7, last: 8 },
    ]);
  });
  test("grouping: each cue takes the nearest content and source; a content without a cue is dropped", () => {
    const tags = Uint8Array.from([3, 4, 1, 5, 6, 0, 0, 5, 6]);
    const m = Float64Array.from([4, 5, 3, 6, 8, 2, 3, 3, 3]);
    expect(groupSentence(tags, 10, m)).toEqual([
      {
        cue: [12, 12],
        content: [13, 14],
        source: [10, 11],
        margin: 3,
        // the content's margins (6, 8), the cue's before it (3) and the O after it (2); the source's smallest (4)
        conf: { contentMin: 6, contentMean: 7, first: 6, last: 8, before: 3, after: 2, source: 4 },
      },
    ]);
    // a content at the sentence's edge has no token outside it: Infinity
    expect(groupSentence(Uint8Array.from([1, 5, 6]), 0, new Float64Array([1, 2, 3]))[0]!.conf.after).toBe(Infinity);
    expect(groupSentence(Uint8Array.from([0, 5, 6, 0]), 0, new Float64Array(4))).toEqual([]);
  });
});

describe("attribution tagger: training and the model file", () => {
  const data = items(CORPUS);
  const train = data.flatMap((d) => d.item);
  const w = trainAttribution(train, { bits: 14, epochs: 30, seed: 3 });

  test("training fits the invented sentences, and finds nothing in the rows without an attribution", () => {
    const W = { mask: (1 << 14) - 1, w, index: null, scale: 1 };
    for (const it of train) expect(Array.from(decodeSentence(W, it.sf))).toEqual(Array.from(it.gold));
  });

  test("serialised, parsed and quantised, the model tags the same", () => {
    const m = parseAttributionModel(serializeAttributionModel(w, 14, { note: "test" }));
    expect(m.meta.note).toBe("test");
    const W = { mask: (1 << 14) - 1, w, index: null, scale: 1 };
    for (const it of train) expect(Array.from(decodeSentence(m, it.sf))).toEqual(Array.from(decodeSentence(W, it.sf)));
  });

  test("the header's decision settings are typed where the model is read; -Infinity (JSON null) means no margin", () => {
    const opts = { minMargin: -Infinity, requireSource: true, scareWords: 2 };
    const m = parseAttributionModel(serializeAttributionModel(w, 14, opts));
    expect([m.meta.minMargin, m.meta.requireSource, m.meta.scareWords]).toEqual([undefined, true, 2]);
    expect(parseAttributionModel(serializeAttributionModel(w, 14, { minMargin: 5 })).meta.minMargin).toBe(5);
    expect(() => parseAttributionModel(serializeAttributionModel(w, 14, { scareWords: "two" }))).toThrow(
      /newsgraph\/statements: attribution model header is invalid .*scareWords.*pnpm train:attribution/s,
    );
  });

  // the gate's words are checked by model-json.ts `stringList`'s loop, not zod's array of strings
  test.each([
    ["a word that is a number", { cueWords: ["said", 7] }],
    ["a word that is null", { cueWords: ["said", null] }],
    ["words as one string", { cueWords: "said" }],
    ["words as an object", { cueWords: { said: 1 } }],
  ])("the header's cue words: %s is invalid", (_name, meta) => {
    expect(() => parseAttributionModel(serializeAttributionModel(w, 14, meta))).toThrow(
      /newsgraph\/statements: attribution model header is invalid .*cueWords.*pnpm train:attribution/s,
    );
  });
  test("the header's cue words are read into the gate's set", () => {
    expect([
      ...(parseAttributionModel(serializeAttributionModel(w, 14, { cueWords: ["said", "told"] })).cueWords ?? []),
    ]).toEqual(["said", "told"]);
  });

  test("a second pass reads the first pass's tags: it fits the sentences too, and survives the model file", () => {
    const first = { mask: (1 << 14) - 1, w, index: null, scale: 1 };
    const stacked = train.map((it) => ({ sf: stackFeatures(it.sf, decodeOnce(first, it.sf)), gold: it.gold }));
    for (const [i, it] of stacked.entries()) {
      const n = it.gold.length;
      // the static features stay first, the word's own at offset 1 (the dynamic features read it)
      expect(it.sf.off[n]).toBe(train[i]!.sf.off[n]! + n * STACK_PER_TOKEN);
      expect(it.sf.feats[it.sf.off[1]! + 1]).toBe(train[i]!.sf.feats[train[i]!.sf.off[1]! + 1]);
    }
    const second = trainAttribution(stacked, { bits: 14, epochs: 30, seed: 3 });
    const W = { ...first, stack: { mask: (1 << 14) - 1, w: second, index: null, scale: 1 } };
    for (const it of train) expect(Array.from(decodeSentence(W, it.sf))).toEqual(Array.from(it.gold));
    const m = parseAttributionModel(serializeAttributionModel(w, 14, {}, second));
    expect(m.stack).not.toBeNull();
    for (const it of train) expect(Array.from(decodeSentence(m, it.sf))).toEqual(Array.from(it.gold));
    // a model of one pass reads as one
    expect(parseAttributionModel(serializeAttributionModel(w, 14, {})).stack).toBeNull();
  });

  test("pruning keeps the largest rows only", () => {
    const p = pruneRows(w, 10);
    let rows = 0;
    for (let r = 0; r < p.length / 7; r++) if (p.subarray(r * 7, r * 7 + 7).some((x) => x !== 0)) rows++;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(10);
  });

  test("a damaged model file fails with a message naming the fix, never another error", () => {
    const bytes = serializeAttributionModel(w, 14, {});
    expect(() => parseAttributionModel(new TextEncoder().encode("NOTAMODEL"))).toThrow(
      /newsgraph\/statements: .*pnpm train:attribution/,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (n) => {
        try {
          parseAttributionModel(bytes.subarray(0, n));
        } catch (e) {
          expect(String(e)).toMatch(/newsgraph\/statements: .*pnpm train:attribution/);
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  test("joined to the rules: the tagger adds the stance the rules miss, with its source, and leaves rule statements alone", () => {
    const m = parseAttributionModel(serializeAttributionModel(w, 14, {}));
    const text = "Ivo Brandt said the levy was unfair. The harbour board championed the quarry road.";
    const ents = entitiesFor(text, [P("Mara Quell"), P("Ivo Brandt")]);
    const rulesOnly = extractStatements({ id: "t", text }, segment(text), ents, { attribution: null });
    const res = extractStatements({ id: "t", text }, segment(text), ents, { attribution: m });
    expect(rulesOnly.statements.map((s) => s.text)).toEqual(["the levy was unfair"]);
    expect(res.statements.map((s) => [s.text, s.speaker, s.cue?.text, s.rule])).toEqual([
      ["the levy was unfair", "person:ivo-brandt", "said", rulesOnly.statements[0]!.rule],
      ["the quarry road", null, "championed", "indirect:model"],
    ]);
    expect(res.statements[1]!.source?.text).toBe("The harbour board");
  });

  test("no model clause holds a short quote the rules left alone (a scare quote)", () => {
    const m = parseAttributionModel(serializeAttributionModel(w, 14, {}));
    const text = "The village championed the “temporary” quarry road.";
    const ents = entitiesFor(text, [P("Anja Vetter")]);
    const ctx = buildContext(text, segment(text));
    expect(ctx.quotes).toHaveLength(1);
    // without the quote the tagger does find the stance: the test below fails if the scare-quote check goes
    const plain = extractStatements(
      { id: "t", text: text.replace(/[“”]/g, " ") },
      segment(text.replace(/[“”]/g, " ")),
      ents,
      { attribution: m },
    );
    expect(plain.statements.map((s) => s.rule)).toEqual(["indirect:model"]);
    const res = extractStatements({ id: "t", text }, segment(text), ents, { attribution: m });
    expect(
      res.statements
        .filter((s) => s.start <= ctx.quotes[0]!.start && s.end >= ctx.quotes[0]!.end)
        .map((s) => [s.text, s.rule]),
    ).toEqual([]);
  });
});

describe("attribution tagger: word clusters", () => {
  /** an invented cluster table: `bankrolled` shares its clusters with `championed`, a cue of the corpus, at every level */
  const lexicon = (words: Record<string, number[]>): WordClusters => {
    const list = Object.entries(words);
    return {
      clusterIndex: new Map(list.map(([word], i) => [word, i])),
      clusterLevels: [0, 1, 2].map((k) => Int32Array.from(list.map(([, ids]) => ids[k]!))),
    };
  };
  const shared = { championed: [3, 30, 300], bankrolled: [3, 30, 300], opposes: [4, 40, 400], harbour: [5, 50, 500] };
  const alone = { ...shared, bankrolled: [6, 60, 600] };
  const w = trainAttribution(
    items(CORPUS, lexicon(shared)).flatMap((d) => d.item),
    { bits: 14, epochs: 30, seed: 3 },
  );
  const W = { mask: (1 << 14) - 1, w, index: null, scale: 1 };
  const cues = (line: string, clusters: WordClusters) => {
    const [d] = items([line], clusters);
    const words = d!.text.split(" ");
    return d!.item.flatMap((it) => [...decodeSentence(W, it.sf)].flatMap((t, i) => (t === 1 ? [words[i]] : [])));
  };
  test.each([
    [
      "a word unseen in training is a cue through its cluster",
      "The ferry union bankrolled the quarry road .",
      shared,
      ["bankrolled"],
    ],
    ["…and not without it (same model, its own cluster)", "The ferry union bankrolled the quarry road .", alone, []],
    ["no cue in a sentence without one", "The ferry union sailed the quarry road .", shared, []],
  ])("%s", (_name, line, words, want) => expect(cues(line, lexicon(words))).toEqual(want));
  test("the model file keeps the clusters' size: read with them the tagger finds the unseen cue; without, it fails naming the fix", () => {
    const bytes = serializeAttributionModel(w, 14, { clusterWords: 4 });
    const m = parseAttributionModel(bytes, lexicon(shared));
    const text = "The ferry union bankrolled the quarry road.";
    const ents = entitiesFor(text, [P("Anja Vetter")]);
    const res = extractStatements({ id: "t", text }, segment(text), ents, { attribution: m });
    expect(res.statements.map((s) => [s.cue?.text, s.text])).toEqual([["bankrolled", "the quarry road"]]);
    expect(() => parseAttributionModel(bytes)).toThrow(
      /newsgraph\/statements: .*4 cluster words.*pnpm train:attribution/,
    );
  });
});
