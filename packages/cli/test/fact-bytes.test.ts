// The facts' two-line encoding: read whole it gives back what was put; its first line gives the statements' anchors.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { DocFacts } from "@newsgraph/core";
import { decodeCarried, decodeFacts, encodeFacts } from "../src/fact-bytes.ts";

const statement = (id: string, text: string, speaker: string | null, mentions: number) => ({
  id,
  kind: "direct" as const,
  start: 3,
  end: 3 + text.length,
  text,
  cue: "said",
  speaker,
  said: { start: 0, end: 2 },
  medium: null,
  mediumKind: "told" as const,
  mentions: Array.from({ length: mentions }, (_, i) => ({ entity: `e${i}`, start: i, end: i + 1 })),
  evidence: { evidence: `Line\n"${text}"`, evidenceStart: 0 },
});

const facts = (texts: string[]): DocFacts => ({
  statements: texts.map((t, i) => statement(`s${i}`, t, i % 2 ? "e1" : null, i % 3)),
  relations: [
    { kind: "affiliated_with" as const, source: "e0", target: "e1", start: 0, end: 4, evidence: "Ana\nVale" },
  ],
  sentences: [{ entities: ["e0", "e1"], start: 0, end: 9 }],
});

describe("fact bytes", () => {
  it.each([
    ["no statements", facts([])],
    ["texts with newlines, quotes and accents", facts(['He said "no"\nthen left', "Çà et là", ""])],
  ])("%s: decoded whole as put, anchors from the first line alone", (_name, f) => {
    const text = encodeFacts(f);
    expect(decodeFacts(text)).toEqual(f);
    expect(decodeFacts(Buffer.from(text))).toEqual(f);
    const anchors = f.statements.map(({ id, speaker, medium, mediumKind, mentions }) => ({
      id,
      speaker,
      medium,
      mediumKind,
      mentions,
    }));
    const carried = { statements: anchors, relations: f.relations, sentences: f.sentences };
    expect(decodeCarried(text)).toEqual(carried);
    // the second line is never decoded: a damaged one does not matter to a carried document
    expect(decodeCarried(Buffer.from(`${text.split("\n")[0]}\n{damaged`))).toEqual(carried);
  });

  it("facts of one line (the encoding before) are read whole either way", () => {
    const f = facts(["a", "b"]);
    expect(decodeFacts(JSON.stringify(f))).toEqual(f);
    expect(decodeCarried(Buffer.from(JSON.stringify(f)))).toEqual(f);
  });

  it("a second line that does not match the first: the message names the module and --full", () => {
    const [head] = encodeFacts(facts(["a"])).split("\n");
    expect(() => decodeFacts(`${head}\n[]`)).toThrow(/^newsgraph build: .* damaged .*build with --full$/);
  });

  it("round trip of any statement texts", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (texts) => {
        const f = facts(texts);
        expect(decodeFacts(encodeFacts(f))).toEqual(f);
      }),
    );
  });
});
