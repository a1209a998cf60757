// The `mentions` stage with the committed model: invented names in news-style sentences, plus rows that find nothing.
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { findMentions } from "../src/ner/mentions.ts";
import { loadNerModel } from "./support/resources.ts";
import type { NerResources } from "../src/ner/mentions.ts";

const res: NerResources = { ner: loadNerModel() };
const run = (text: string) => findMentions({ id: "t", text }, segment(text), res).map((m) => `${m.label}:${m.text}`);

describe("findMentions with the trained model", () => {
  test.each([
    ["Foreign Minister Dariela Voskuhl said on Tuesday that talks would resume.", ["PER:Dariela Voskuhl"]],
    ["Ambassador Tomasz Wrelicki flew to Germany on Monday.", ["PER:Tomasz Wrelicki", "LOC:Germany"]],
    ["Police in Paris arrested two men, a spokesman said.", ["LOC:Paris"]],
    ["Shares in Microsoft fell 3 percent in New York trading.", ["ORG:Microsoft", "LOC:New York"]],
    ["The French government rejected the plan.", ["MISC:French"]],
    ["It was raining and nobody came.", []],
    ["they said it would be fine in the end.", []],
  ])("%s", (text, want) => {
    expect(run(text)).toEqual(want);
  });

  test("spans point into the untouched text and carry the model rule", () => {
    const text = "  Dr. Halvard Quinnel,\r\n spoke to Reuters ";
    const ms = findMentions({ id: "t", text }, segment(text), res);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.rule).toBe("ner:perceptron");
    }
  });

  test("an all-caps headline still finds the country", () => {
    expect(run("PRESIDENT ARNAV KELDORIS VISITS BRAZIL")).toContain("LOC:BRAZIL");
  });

  test("tagging does not depend on the documents tagged before (the model's scratch memory is reused)", () => {
    const a = "Karsten Vellum of Orvik Holdings met Mr Vellum's lawyers in Bergen on Monday.";
    const first = run(a);
    // a document longer than one scratch chunk, then the first one again
    run(
      Array.from({ length: 400 }, (_, k) => `Minister Ilsa Brandvik${k} visited Tromsø and Calder Rovers.`).join(" "),
    );
    expect(run(a)).toEqual(first);
  });
});
