// Statements → scorer attributions: a statement's parts (a quote continued in the same paragraph) are fragments of one attribution, as PolNeAR marks it.
import type { Statement } from "../../../packages/core/src/schema/record.ts";
import type { Attribution } from "../../attribution/brat.ts";

export function toAttributions(statements: Statement[], text: string): Attribution[] {
  const out: Attribution[] = [];
  let prev: { a: Attribution; end: number } | null = null;
  for (const s of statements) {
    const frag = { start: s.start, end: s.end };
    // one statement per quote: its parts are the fragments PolNeAR marks
    if (s.parts) {
      const a: Attribution = {
        content: s.parts.map((p) => ({ start: p.start, end: p.end })),
        cue: s.cue ? [s.cue] : [],
        source: s.source ? [s.source] : [],
        rule: s.rule,
      };
      out.push(a);
      prev = { a, end: s.end };
      continue;
    }
    if (s.rule === "direct:continued" && prev && !text.slice(prev.end, s.start).includes("\n")) {
      prev.a.content.push(frag);
      prev.end = s.end;
      continue;
    }
    const a: Attribution = {
      content: [frag],
      cue: s.cue ? [s.cue] : [],
      source: s.source ? [s.source] : [],
      rule: s.rule,
    };
    out.push(a);
    prev = { a, end: s.end };
  }
  return out;
}

/**
 * PolNeAR marks a direct quote with its quotation marks and a reported clause with its "that": our statements keep the
 * words alone (the viewer shows the quote, not its marks). Widening each fragment to those marks is a format
 * conversion, applied only when scoring.
 */
export function polnearContent(attrs: Attribution[], text: string): Attribution[] {
  const widen = (f: { start: number; end: number }) => {
    let { start, end } = f;
    while (start > 0 && /["“„«']/.test(text[start - 1]!)) start--;
    while (end < text.length && /["”»']/.test(text[end]!)) end++;
    const before = /\bthat\s+$/i.exec(text.slice(Math.max(0, start - 6), start));
    if (before) start -= before[0].length;
    return { start, end };
  };
  return attrs.map((a) => ({ ...a, content: a.content.map(widen) }));
}
