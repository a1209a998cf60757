// The learned source chooser: invented sentences through the shipped model, its options, its margin and scope, its training.
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import { extractStatements } from "../src/statements/extract.ts";
import type { Candidate } from "../src/statements/clause.ts";
import {
  chooseSources,
  doubtfulSource,
  parseSourceChooser,
  type SourceChooserModel,
} from "../src/statements/source-chooser.ts";
import { sourceOptions } from "../src/statements/source-chooser-features.ts";
import { chooserDoc, roleMap } from "../src/statements/source-chooser-doc.ts";
import { trainSourceChooser } from "../src/statements/source-chooser-train.ts";
import { HASH_CODER, HashedWeights, featureHash, hashedWeights } from "../src/statements/source-chooser-hash.ts";
import { entitiesFor, P, O, type EntSpec } from "./statements-helpers.ts";
import { loadDefaultResources } from "./support/resources.ts";

const VALE = "person:ann-vale";
const REYL = "person:ivo-reyl";
const ENTS = [P("Ann Vale", "Vale"), P("Ivo Reyl", "Reyl")];

type Row = [
  name: string,
  text: string,
  ents: EntSpec[],
  want: [cue: string, source: string | null, speaker: string | null][],
];

/** the tagger reads the object as the source of this sentence's cue */
const TAGGER_SOURCE = "She started the week with a policy address in Brevik focused squarely on issues facing dockers.";

const rows: Row[] = [
  // rows the chooser must leave as the readers made them
  ["a named subject before its verb", "Ann Vale said the levy would fall.", ENTS, [["said", "Ann Vale", VALE]]],
  [
    "an apposition the readers grew",
    "The harbour board chief, Ann Vale, praised the efforts of a donor to attack the levy.",
    ENTS,
    [["praised", "The harbour board chief, Ann Vale", VALE]],
  ],
  [
    "an outlet",
    "The Harbor Ledger reported on Monday that the levy would fall.",
    [O("Harbor Ledger")],
    [["reported", "The Harbor Ledger", "organization:harbor-ledger"]],
  ],
  ["no attribution at all", "The storm closed the port on Monday.", [], []],
];

describe("source chooser: the shipped model on invented sentences", () => {
  const res = loadDefaultResources();
  test.each(rows)("%s", (_name, text, ents, want) => {
    const r = extractStatements({ id: "t", text }, segment(text), entitiesFor(text, ents), res);
    expect(r.statements.map((s) => [s.cue?.text ?? null, s.source?.text ?? null, s.speaker])).toEqual(want);
  });

  // right with the twelfth session's chooser, wrong with the thirteenth's, right again with the fourteenth's retrain
  // (i13cue14: its fold boundary models moved), wrong with the sixteenth's (i13src16: attitude participles keep their
  // subject), right again with the eighteenth's (i13src18: the wide and passive options' features): a decision near the
  // margin, docs/guide/statements.md
  test("the clause's subject, not the object the tagger read", () => {
    const r = extractStatements(
      { id: "t", text: TAGGER_SOURCE },
      segment(TAGGER_SOURCE),
      entitiesFor(TAGGER_SOURCE, []),
      res,
    );
    expect(r.statements.map((s) => [s.cue?.text ?? null, s.source?.text ?? null, s.speaker])).toEqual([
      ["Brevik", "She", null],
    ]);
  });

  test("without the model the readers' sources stand", () => {
    const text = TAGGER_SOURCE;
    const r = extractStatements({ id: "t", text }, segment(text), entitiesFor(text, ENTS), {
      ...res,
      sourceChooser: null,
    });
    expect(r.statements.map((s) => s.source?.text)).toEqual(["the week with a policy address"]);
  });

  // known gaps: the shipped chooser reads the tagger's attributions, the unsourced and the rules' doubtful sources (scope
  // doubtful); the rules' plausible sources (the and-pair row: scope all fixes it, at a cost to the stage's time,
  // docs/guide/statements.md), an object the shipped weights still prefer, and a pronoun or name beside its cue (never asked about)
  // stay as the readers made them
  const gaps: Row[] = [
    [
      "the subject's head, not the participle after it",
      "A news report published Wednesday said the harbour chief used a personal email account for port business.",
      [],
      [["said", "A news report published Wednesday", null]],
    ],
    [
      "the subject of the second verb of an and-pair",
      "The Brevik crowd cheered when Ivo Reyl spotted a sign in the crowd and asked it to be fetched for him.",
      ENTS,
      [
        ["spotted", "Ivo Reyl", REYL],
        ["asked", "Ivo Reyl", REYL],
      ],
    ],
    [
      "the subject pronoun, not the possessive before a noun cue",
      "He has been ratcheting up his critique of his rivals, most recently in last weekend’s debate.",
      [],
      [["critique of", "He", null]],
    ],
  ];
  test.fails.each(gaps)("%s", (_name, text, ents, want) => {
    const r = extractStatements({ id: "t", text }, segment(text), entitiesFor(text, ents), res);
    expect(r.statements.map((s) => [s.cue?.text ?? null, s.source?.text ?? null, s.speaker])).toEqual(want);
  });
});

/**
 * A tagged clause by hand: cue `told`, content from "the levy" to the full stop, source the word `source` names
 * (by default "Ann Vale told the board on Friday that the levy will fall", source `Friday`: not beside its cue).
 */
function site(text = "Ann Vale told the board on Friday that the levy will fall.", source: string | null = "Friday") {
  const seg = segment(text);
  const ctx = buildContext(text, seg);
  const at = (w: string) => seg.tokens.findIndex((t) => t.text === w);
  const cand: Candidate = {
    kind: "indirect",
    start: text.indexOf("the levy"),
    end: text.indexOf("."),
    cue: [at("told"), at("told")],
    source: source === null ? null : { first: at(source), last: at(source), pronoun: false },
    rule: "indirect:model",
    inherit: false,
    mediumFrom: null,
    priority: 2,
  };
  return { text, ctx, cand, mentions: entitiesFor(text, ENTS).mentions, at };
}

describe("source chooser: options", () => {
  test("keep first, then a mention whole and the sentence's other phrases; never the content or the cue", () => {
    const { ctx, cand, mentions, text } = site();
    const opts = sourceOptions(ctx, chooserDoc(ctx, mentions, null), roleMap(ctx, [cand]), cand);
    expect(opts[0]!.span).toBeNull();
    const words = opts.slice(1).map((o) => text.slice(ctx.tokens[o.span!.first]!.start, ctx.tokens[o.span!.last]!.end));
    expect(words).toContain("Ann Vale");
    expect(words).not.toContain("Ann");
    expect(words.some((w) => /levy|told|Friday/.test(w))).toBe(false);
  });

  test("no option is headed by an auxiliary, an adverb or a day (NOT_SOURCE_HEADS)", () => {
    const text = "On Tuesday Ann Vale also told the board that the levy will fall.";
    const { ctx, cand, mentions } = site(text, null);
    const opts = sourceOptions(ctx, chooserDoc(ctx, mentions, null), roleMap(ctx, [cand]), cand);
    const words = opts.slice(1).map((o) => text.slice(ctx.tokens[o.span!.first]!.start, ctx.tokens[o.span!.last]!.end));
    expect(words).toContain("Ann Vale");
    expect(words).toContain("the board");
    expect(words.some((w) => /Tuesday|also/.test(w))).toBe(false);
  });

  /** the options' words and features for a hand-made attribution: cue `cue`, content from `from` up to `to` */
  const optionsOf = (text: string, cue: string, from: string, to: string) => {
    const { ctx, cand, mentions, at } = site(text, null);
    const c: Candidate = {
      ...cand,
      start: text.indexOf(from),
      end: text.indexOf(to, text.indexOf(from)),
      cue: [at(cue), at(cue)],
    };
    return sourceOptions(ctx, chooserDoc(ctx, mentions, null), roleMap(ctx, [c]), c)
      .slice(1)
      .map((o) => ({
        words: text.slice(ctx.tokens[o.span!.first]!.start, ctx.tokens[o.span!.last]!.end),
        feats: o.feats,
      }));
  };

  // rows: sentence, cue, content from / to, the main clause's subject the "wide" option must offer (null: none)
  const wideRows: [text: string, cue: string, from: string, to: string, want: string | null][] = [
    ["After warning that the levy would fall, Ivo Reyl left the hall.", "warning", "the levy", ",", "Ivo Reyl"],
    // the cue in the main clause: its subject is to the left, nothing after the content is offered as "wide"
    ["Ann Vale told the board on Friday that the levy will fall.", "told", "the levy", ".", null],
    ["Ann Vale told the board that the levy will fall, and Ivo Reyl left.", "told", "the levy", ",", null],
  ];
  test.each(wideRows)("the subject after an opening phrase holding the cue: %s", (text, cue, from, to, want) => {
    const wide = optionsOf(text, cue, from, to).filter((o) => o.feats.includes("wide"));
    expect(wide.map((o) => o.words)).toEqual(want ? [want] : []);
  });

  // a known gap: wideSubject reads the capitalised opener "Having" as the subject before "told", so nothing is offered
  test.fails("the subject after an opening perfect participle", () => {
    const text = "Having told the board that the levy will fall, Ann Vale left the hall.";
    const wide = optionsOf(text, "told", "the levy", ",").filter((o) => o.feats.includes("wide"));
    expect(wide.map((o) => o.words)).toEqual(["Ann Vale"]);
  });

  test("a passive cue marks the phrase after its `by` (the agent), an active cue does not", () => {
    const agent = optionsOf(
      "The levy was criticized by dockers on Friday as a burden on the port.",
      "criticized",
      "a burden",
      ".",
    ).find((o) => o.words === "dockers");
    expect(agent?.feats).toContain("pas=true|prev=by|s=R");
    const active = optionsOf(
      "Dockers criticized the levy on Friday as a burden on the port.",
      "criticized",
      "a burden",
      ".",
    );
    expect(active.some((o) => o.feats.some((f) => f.startsWith("pas=true")))).toBe(false);
  });

  test("another attribution's source is offered whole, as finish.ts shares it", () => {
    const { ctx, cand, mentions, at } = site();
    const other: Candidate = { ...cand, cue: null, source: { first: at("Ann"), last: at("Vale"), pronoun: false } };
    const opts = sourceOptions(ctx, chooserDoc(ctx, mentions, null), roleMap(ctx, [cand, other]), cand);
    expect(opts.some((o) => o.span === other.source)).toBe(true);
  });
});

/** sentence, the source's words as the rules read them, and whether the chooser may doubt it */
const doubtRows: [text: string, source: string, doubtful: boolean][] = [
  ["There were also emails that night showing that the board knew.", "There", true],
  ["A news report published Wednesday said the harbour chief used a personal account.", "published Wednesday", true],
  ["So Ann Vale argued that the levy would fall.", "So Ann Vale", true],
  ["Ivo Reyl took home the award for speaking out about the levy.", "award for", true],
  ["Ann Vale said the levy would fall.", "Ann Vale", false],
  ["The harbour board chief warned that the levy would fall.", "The harbour board chief", false],
  ["He said the levy would fall.", "He", false],
];

describe("source chooser: doubtful sources", () => {
  test.each(doubtRows)("%s → %s", (text, source, want) => {
    const seg = segment(text);
    const ctx = buildContext(text, seg);
    const words = source.split(" ");
    const first = seg.tokens.findIndex((t) => t.text === words[0]);
    const span = { first, last: first + words.length - 1, pronoun: source === "He" };
    expect(doubtfulSource(ctx, span)).toBe(want);
  });
});

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
