// Property tests for the statements stage: hostile quoting never throws and never yields overlapping or out-of-range spans.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { run, type EntSpec } from "./statements-helpers.ts";
import type { StatementsResult } from "../src/pipeline/types.ts";

const PIECES = ["“", "”", '"', "‘", "’", "''", "'", " ", " ", "\n", "\n\n", ",", ".", ":", "—", "―", "said", "told", "says",
  "according to", "that", "he", "she", "Mara Quell", "Quell", "Fox News", "the general", "in a post on X", "us", "We",
  "will", "win", "Valdoria", "claimed", "as", "called", "PENCE:", "reporters", "added", ",”", ".”"];
const ENTS: EntSpec[] = [["Mara Quell", "person", ["Quell"]], ["Valdoria", "country"], ["Fox News", "organization"]];

function checkSpans(text: string, res: StatementsResult) {
  const kinds = {
    content: res.statements.map((s) => [s.start, s.end, s.text] as const),
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
      if (i > 0) expect(s, `${kind} spans overlap`).toBeGreaterThanOrEqual(sorted[i - 1]![1]);
    });
  }
  const ids = new Set([...ENTS.map(([n, k]) => `${k}:${n.toLowerCase().replace(/\s+/g, "-")}`), ...res.entities.map((e) => e.id)]);
  for (const s of res.statements) {
    if (s.speaker) expect(ids.has(s.speaker), `speaker ${s.speaker}`).toBe(true);
    if (s.medium) expect(ids.has(s.medium), `medium ${s.medium}`).toBe(true);
  }
}

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
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => checkSpans(text, run(text, ENTS))), { numRuns: 300 });
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
