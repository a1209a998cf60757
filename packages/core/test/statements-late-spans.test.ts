// late-spans.ts on invented sentences: raising and relative frames in parts, cue prepositions, objects, a quote's sentence.
import { describe, expect, test } from "vitest";
import { P, run } from "./statements-helpers.ts";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import { lateSpans } from "../src/statements/late-spans.ts";
import type { Statement } from "../src/schema/record.ts";

/** One hand-made statement over `text` (spans by their first occurrence, the content searched after the cue). */
function statement(text: string, kind: Statement["kind"], source: string | null, cue: string, content: string) {
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`test: "${s}" is not in "${text}"`);
    return { start, end: start + s.length, text: s };
  };
  const c = at(cue);
  const body = at(content, kind === "direct" ? 0 : c.end);
  const st: Statement = {
    id: "s1",
    kind,
    ...body,
    speaker: source ? "person:ann-vale" : null,
    source: source ? at(source) : null,
    cue: c,
    medium: null,
    rule: `${kind}:model`,
  };
  return st;
}

/** What the pass makes of it: [cue, kind, parts (or the content)]. */
function after(text: string, st: Statement, others: Statement[] = []) {
  const ctx = buildContext(text, segment(text));
  const r = lateSpans(ctx, { statements: [st, ...others], entities: [], mentions: [] }).statements[0]!;
  return [r.cue?.text, r.kind, (r.parts ?? [r]).map((p) => text.slice(p.start, p.end))];
}

/** [name, text, kind, source, cue, content, expected cue, kind and parts] */
const rows: [string, string, Statement["kind"], string | null, string, string, (string | string[])[]][] = [
  [
    "a preposition opening the content goes to the cue",
    "Ann Vale made no mention of the levy on fishing boats.",
    "indirect",
    "Ann Vale",
    "made no mention",
    "of the levy on fishing boats",
    ["made no mention of", "indirect", ["the levy on fishing boats"]],
  ],
  [
    "no preposition of the list ('as'): nothing moves",
    "Ann Vale described the levy as a tax on the poor.",
    "indirect",
    "Ann Vale",
    "described the levy",
    "as a tax on the poor",
    ["described the levy", "indirect", ["as a tax on the poor"]],
  ],
  [
    "an object before 'to' joins the content",
    "Ann Vale urged the harbour board to drop the levy.",
    "indirect",
    "Ann Vale",
    "urged",
    "to drop the levy",
    ["urged", "indirect", ["the harbour board to drop the levy"]],
  ],
  [
    "a phrase set off by commas before 'to' is no object",
    "Ann Vale pledged, on Friday, to drop the levy.",
    "indirect",
    "Ann Vale",
    "pledged",
    "to drop the levy",
    ["pledged", "indirect", ["to drop the levy"]],
  ],
  [
    "a relative frame: the relative word is the first part",
    "The levy is what Ann Vale calls a tax on the poor.",
    "indirect",
    "Ann Vale",
    "calls",
    "a tax on the poor",
    ["calls", "indirect", ["what", "a tax on the poor"]],
  ],
  [
    "no relative word before the source: one part",
    "The levy, Ann Vale calls a tax on the poor.",
    "indirect",
    "Ann Vale",
    "calls",
    "a tax on the poor",
    ["calls", "indirect", ["a tax on the poor"]],
  ],
  [
    "a quote framed after it takes its sentence's words before it",
    "In the end the levy “will fall,” Ann Vale said.",
    "direct",
    "Ann Vale",
    "said",
    "will fall,",
    ["said", "mixed", ["In the end the levy “will fall,"]],
  ],
  [
    "one word before the quote: the quote alone",
    "And “the levy will fall,” Ann Vale said.",
    "direct",
    "Ann Vale",
    "said",
    "the levy will fall,",
    ["said", "direct", ["the levy will fall,"]],
  ],
  [
    "the quote opens its sentence: nothing before it",
    "The port closed. “The levy will fall,” Ann Vale said.",
    "direct",
    "Ann Vale",
    "said",
    "The levy will fall,",
    ["said", "direct", ["The levy will fall,"]],
  ],
];

describe("late spans: PolNeAR's content spans after the statements are finished", () => {
  test.each(rows)("%s", (_name, text, kind, source, cue, content, want) => {
    expect(after(text, statement(text, kind, source, cue, content))).toEqual(want);
  });

  test("words before a quote that another statement holds stay that statement's", () => {
    const text = "Ivo Reyl said the levy “will fall,” Ann Vale said.";
    const quote = statement(text, "direct", "Ann Vale", "said.", "will fall,");
    const other = statement(text, "indirect", "Ivo Reyl", "said", "the levy");
    expect(after(text, quote, [other])).toEqual(["said.", "direct", ["will fall,"]]);
  });

  test("a raising frame found by the rules: its content is two parts around the cue", () => {
    const text = "The harbour board seemed to back the levy on Friday.";
    const st = run(text, [P("Ann Vale")]).statements;
    expect(st.map((s) => [s.cue?.text, (s.parts ?? [s]).map((p) => text.slice(p.start, p.end))])).toEqual([
      ["seemed", ["The harbour board", "to back the levy on Friday"]],
    ]);
  });

  test("'appeared in court' is no raising frame: nothing is found", () => {
    expect(run("Ann Vale appeared in court on Friday.", [P("Ann Vale")]).statements).toEqual([]);
  });
});
