// The inner pass (learned/inner-pass.ts): the shipped tagger read again over our own contents, on invented sentences.
import { describe, expect, test } from "vitest";
import { runToEntities } from "../src/pipeline/pipeline.ts";
import { extractStatements } from "../src/statements/extract.ts";
import type { InnerModel } from "../src/statements/learned/inner-pass.ts";
import { loadDefaultResources } from "./support/resources.ts";

const res = loadDefaultResources();
const inner = (host: InnerModel["host"], minTokens = 4): InnerModel => ({
  ...res.attribution!,
  minTokens,
  minMargin: 10,
  innerFeatures: false,
  host,
});

/** cue and content of each statement, "[cue] content" */
function frames(text: string, pass: InnerModel | null): string[] {
  const g = runToEntities({ id: "t", text }, { ...res, attribution: null });
  return extractStatements(g.doc, g.seg, g.ents, { ...res, inner: pass }).statements.map(
    (s) => `[${s.cue ? text.slice(s.cue.start, s.cue.end) : "-"}] ${text.slice(s.start, s.end)}`,
  );
}

const NESTED = "The report says the harbour board warned last year that the quarry road would flood every winter.";

describe("inner pass", () => {
  test.skipIf(!res.attribution)("a frame inside a content becomes a statement; the host is cut before it", () => {
    const base = frames(NESTED, null);
    expect(base).toEqual(["[says] the harbour board warned last year that the quarry road would flood every winter"]);
    const cut = frames(NESTED, inner("cut"));
    expect(cut).toContain("[warned] last year that the quarry road would flood every winter");
    expect(cut.some((s) => s.startsWith("[says] ") && !s.includes("warned"))).toBe(true);
  });

  // the later passes then drop the inner statement nested in the whole outer content (PolNeAR never nests one)
  test.skipIf(!res.attribution)("host 'keep' leaves the outer content whole", () => {
    expect(frames(NESTED, inner("keep"))).toContain(base0());
  });

  // rows where nothing may be added: no inner frame, a content shorter than the gate, a direct quote
  test.skipIf(!res.attribution).each([
    ["Anja Vetter said the ferry will run twice a day from May.", 4],
    ["Ivo Brandt said the harbour board warned.", 12],
    ["“The harbour board warned us about the quarry road every single winter,” Mara Quell said.", 4],
  ])("no inner frame: %s", (text, minTokens) => {
    expect(frames(text, inner("cut", minTokens))).toEqual(frames(text, null));
  });
});

function base0(): string {
  return frames(NESTED, null)[0]!;
}
