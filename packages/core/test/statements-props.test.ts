// Property tests for the statements stage: hostile quoting never throws and never yields overlapping or out-of-range spans.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { run, type EntSpec } from "./statements-helpers.ts";
import type { StatementsResult } from "../src/schema/stages.ts";

const PIECES = [
  "“",
  "”",
  '"',
  "‘",
  "’",
  "''",
  "'",
  " ",
  " ",
  "\n",
  "\n\n",
  ",",
  ".",
  ":",
  "—",
  "―",
  "said",
  "told",
  "says",
  "according to",
  "that",
  "adding",
  "and",
  "also",
  "he",
  "she",
  "Mara Quell",
  "Quell",
  "Fox News",
  "the general",
  "in a post on X",
  "us",
  "We",
  "will",
  "win",
  "Valdoria",
  "claimed",
  "as",
  "called",
  "PENCE:",
  "reporters",
  "added",
  ",”",
  ".”",
  // the as-, colon-, fronted- and participle-framed forms
  "put it",
  "When",
  "Contrary to his claim",
  "going on to contrast",
  "used the phrase",
  "typed",
  "but",
  "before",
  "by",
  "encouraged",
  "promising",
  "calling for",
  "referencing",
  "in particular",
  "a letter that says",
  "is rolling out",
  "The",
];
const ENTS: EntSpec[] = [
  ["Mara Quell", "person", ["Quell"]],
  ["Valdoria", "country"],
  ["Fox News", "organization"],
];

/**
 * Sources may be shared identically by statements of one chain ("Quell said …, adding …"); otherwise spans of a kind
 * never overlap. Contents are compared by parts: a quote continued past its source's reported clause encloses it.
 */
function checkSpans(text: string, res: StatementsResult) {
  for (const s of res.statements) {
    expect(s.text).toBe(text.slice(s.start, s.end));
    if (s.parts) expect([s.parts[0]!.start, s.parts[s.parts.length - 1]!.end]).toEqual([s.start, s.end]);
  }
  const kinds = {
    content: res.statements.flatMap((s) =>
      (s.parts ?? [s]).map((p) => [p.start, p.end, text.slice(p.start, p.end)] as const),
    ),
    source: res.statements.flatMap((s) => (s.source ? [[s.source.start, s.source.end, s.source.text] as const] : [])),
    cue: res.statements.flatMap((s) => (s.cue ? [[s.cue.start, s.cue.end, s.cue.text] as const] : [])),
    mention: res.mentions.map((m) => [m.start, m.end, m.text] as const),
  };
  for (const [kind, spans] of Object.entries(kinds)) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([s, e, t], i) => {
      expect(s, kind).toBeGreaterThanOrEqual(0);
      expect(e, kind).toBeLessThanOrEqual(text.length);
      expect(e, kind).toBeGreaterThan(s);
      expect(text.slice(s, e), kind).toBe(t);
      if (i === 0) return;
      const [ps, pe] = sorted[i - 1]!;
      // a chain of statements (and a quote continued past its frame) shares its source and cue spans identically, never partly
      if ((kind === "source" || kind === "cue") && ps === s && pe === e) return;
      expect(s, `${kind} spans overlap`).toBeGreaterThanOrEqual(pe);
    });
  }
  const ids = new Set([
    ...ENTS.map(([n, k]) => `${k}:${n.toLowerCase().replace(/\s+/g, "-")}`),
    ...res.entities.map((e) => e.id),
  ]);
  for (const s of res.statements) {
    if (s.speaker) expect(ids.has(s.speaker), `speaker ${s.speaker}`).toBe(true);
    if (s.medium) expect(ids.has(s.medium), `medium ${s.medium}`).toBe(true);
  }
}

describe("statements: the span checker itself", () => {
  const st = (start: number, end: number, src: [number, number]) => ({
    id: "s",
    kind: "indirect" as const,
    start,
    end,
    text: T.slice(start, end),
    speaker: null,
    medium: null,
    rule: "indirect:x",
    speakerRule: "none",
    cue: null,
    source: { start: src[0], end: src[1], text: T.slice(src[0], src[1]) },
  });
  const T = "Mara Quell said the dam was old, adding that costs would rise.";
  test("an identical shared source passes", () => {
    expect(() =>
      checkSpans(T, { statements: [st(16, 31, [0, 10]), st(45, 62, [0, 10])], entities: [], mentions: [] }),
    ).not.toThrow();
  });
  test("partially overlapping sources fail", () => {
    expect(() =>
      checkSpans(T, { statements: [st(16, 31, [0, 10]), st(45, 62, [5, 10])], entities: [], mentions: [] }),
    ).toThrow(/source spans overlap/);
  });
  test("overlapping contents fail", () => {
    expect(() =>
      checkSpans(T, { statements: [st(16, 31, [0, 4]), st(20, 62, [5, 10])], entities: [], mentions: [] }),
    ).toThrow(/content spans overlap/);
  });
  const withParts = (parts: [number, number][]) => ({
    ...st(parts[0]![0], parts[parts.length - 1]![1], [0, 10]),
    parts: parts.map(([start, end]) => ({ start, end })),
  });
  test("a statement whose parts enclose another passes", () => {
    const outer = withParts([
      [16, 23],
      [45, 62],
    ]);
    expect(() => checkSpans(T, { statements: [outer, st(24, 31, [0, 10])], entities: [], mentions: [] })).not.toThrow();
  });
  test("overlapping parts fail", () => {
    const outer = withParts([
      [16, 23],
      [45, 62],
    ]);
    expect(() => checkSpans(T, { statements: [outer, st(20, 31, [0, 10])], entities: [], mentions: [] })).toThrow(
      /content spans overlap/,
    );
  });
  test("a chain shares its subject's span in real output", () => {
    const res = run(T, ENTS);
    checkSpans(T, res);
    expect(res.statements.map((s) => s.source?.text)).toEqual(["Mara Quell", "Mara Quell"]);
  });
});

describe("statements: properties", () => {
  test("random texts built from quotes, cues and names", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => {
        const text = parts.join(" ");
        checkSpans(text, run(text, ENTS));
      }),
      { numRuns: 400 },
    );
  });
  test("arbitrary unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => checkSpans(text, run(text, ENTS))),
      { numRuns: 300 },
    );
  });
  test("texts made only of quotation marks", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("“", "”", '"', "‘", "’", "'", "''", "\n"), { maxLength: 200 }), (parts) => {
        const text = parts.join("");
        const res = run(text, ENTS);
        checkSpans(text, res);
        expect(res.statements).toEqual([]);
      }),
    );
  });
  test("a 5,000-word quote spanning paragraphs, unbalanced and nested", () => {
    const words = Array.from({ length: 5000 }, (_, i) => (i % 97 === 0 ? "‘inner’" : i % 13 === 0 ? "said" : "word"));
    const text = `Mara Quell said: “${words.join(" ")}\n“${words.slice(0, 300).join(" ")}” she said. “unclosed ${words.slice(0, 50).join(" ")}`;
    const res = run(text, ENTS);
    checkSpans(text, res);
    expect(res.statements[0]).toMatchObject({ kind: "direct", speaker: "person:mara-quell" });
  });
});
