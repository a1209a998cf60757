// The source chooser's options: which phrases it may offer for a source, and which rules' sources it may doubt.
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import { doubtfulSource } from "../src/statements/source-chooser.ts";
import { sourceOptions } from "../src/statements/source-chooser-features.ts";
import { chooserDoc, roleMap } from "../src/statements/source-chooser-doc.ts";
import type { Candidate } from "../src/statements/clause.ts";
import { chooserSite as site } from "./support/chooser-site.ts";

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
