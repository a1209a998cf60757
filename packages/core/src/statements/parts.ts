// One statement per quote: a quote interrupted by its attribution ("…,” he said, “…") is one statement whose content has parts.
import type { Statement } from "../schema/record.ts";

/**
 * A `direct:continued` quote in the paragraph of the statement before it joins that statement as another part: the
 * statement's start/end/text then span every part (and the frame between), `parts` lists the quoted pieces. A quote
 * continued in the next paragraph stays its own statement, as PolNeAR and readers count it.
 */
export function joinContinuedParts(text: string, statements: Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const s of statements) {
    const prev = out[out.length - 1];
    if (s.rule === "direct:continued" && prev && !text.slice(prev.end, s.start).includes("\n")) {
      const parts = prev.parts ?? [{ start: prev.start, end: prev.end }];
      parts.push({ start: s.start, end: s.end });
      prev.parts = parts;
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
      if (prev.kind === "indirect") prev.kind = "mixed";
      continue;
    }
    out.push(s);
  }
  out.forEach((s, i) => {
    s.id = `s${i + 1}`;
  });
  return out;
}
