// Bounded work for HTML input: a linear nesting-depth estimate and a plain-text fallback that never builds a DOM.

/** Readability's cost grows with the cube of nesting depth (400 levels ≈ 4 s, 800 ≈ 21 s); real articles nest 20–60 deep. */
export const MAX_HTML_DEPTH = 160;
/** Pages larger than this skip the DOM and Readability altogether (a saved article is rarely above 2 MB). */
export const MAX_HTML_CHARS = 8_000_000;
/** Parsing that took longer than this leaves Readability out (the body text is used). */
export const HTML_TIME_BUDGET_MS = 3000;
/** Readability stops (and the body text is used) past this many elements. */
export const MAX_HTML_ELEMENTS = 60_000;

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
// elements HTML closes implicitly (an unclosed <p> or <li> is not nesting)
const IMPLIED = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "option",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "rb",
  "rt",
  "rp",
  "optgroup",
]);

interface Tag {
  name: string;
  close: boolean;
  selfClosing: boolean;
  start: number;
  end: number;
}

/**
 * Tags in document order, found with indexOf so every character is looked at a bounded number of times (no regex
 * that backtracks over the rest of the page for each unclosed "<" or "<!--"). Comments come as self-closing "#comment".
 */
function* tags(html: string): Generator<Tag> {
  const name = /^\/?([a-zA-Z][\w:-]*)/;
  let i = html.indexOf("<");
  while (i >= 0) {
    if (html.startsWith("<!--", i)) {
      // a comment is one "#comment" tag, so its text is never read as page text; unclosed, it runs to the end
      const close = html.indexOf("-->", i + 4);
      yield { name: "#comment", close: false, selfClosing: true, start: i, end: close < 0 ? html.length : close + 3 };
      if (close < 0) return;
      i = html.indexOf("<", close + 3);
      continue;
    }
    const gt = html.indexOf(">", i + 1);
    if (gt < 0) return;
    const next = html.indexOf("<", i + 1);
    if (next >= 0 && next < gt) {
      i = next; // "<" without its ">" before the next "<": text, not a tag
      continue;
    }
    const m = name.exec(html.slice(i + 1, Math.min(gt, i + 64)));
    if (m)
      yield {
        name: m[1]!.toLowerCase(),
        close: html[i + 1] === "/",
        selfClosing: html[gt - 1] === "/",
        start: i,
        end: gt + 1,
      };
    i = html.indexOf("<", gt + 1);
  }
}

/** Maximum open-element depth, estimated in one pass over the tags; stops counting once above `limit`. */
export function htmlDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  for (const t of tags(html)) {
    if (VOID.has(t.name) || IMPLIED.has(t.name) || t.selfClosing) continue;
    if (t.close) depth = depth > 0 ? depth - 1 : 0;
    else if (++depth > max && (max = depth) > limit) return max;
  }
  return max;
}

const BLOCK =
  /^(address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|main|nav|ol|p|section|table|tr|ul|pre)$/;
const LINE = /^(li|br|td|th)$/;
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "title", "nav", "footer", "aside", "textarea"]);
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] !== "#") return NAMED[e.toLowerCase()] ?? m;
    const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/**
 * The text of an HTML page without a DOM, in time linear in its length: scripts, styles and comments dropped,
 * blocks separated by blank lines, list items and <br> ending lines, entities decoded. Used when a page is too deep
 * or too large for Readability, so the article is still read instead of hanging the batch.
 */
export function plainTextOfHtml(html: string): { text: string; title?: string } {
  const parts: string[] = [];
  let title = "";
  let last = 0;
  let skipUntil = -1;
  for (const t of tags(html)) {
    if (t.start < skipUntil) continue;
    if (t.start > last) parts.push(html.slice(last, t.start).replace(/\s+/g, " "));
    last = t.end;
    if (!t.close && SKIP.has(t.name)) {
      // drop the element's content: jump to its closing tag (or the end), so nothing inside is read twice
      const closer = new RegExp(`</${t.name}`, "gi");
      closer.lastIndex = t.end;
      const close = closer.exec(html)?.index ?? -1;
      const stop = close < 0 ? html.length : html.indexOf(">", close) + 1 || html.length;
      if (t.name === "title" && !title)
        title = decodeEntities(
          html
            .slice(t.end, close < 0 ? t.end : close)
            .replace(/\s+/g, " ")
            .trim(),
        );
      skipUntil = stop;
      last = stop;
      continue;
    }
    if (BLOCK.test(t.name)) parts.push("\n\n");
    else if (LINE.test(t.name)) parts.push("\n");
  }
  if (last < html.length) parts.push(html.slice(last).replace(/\s+/g, " "));
  const text = decodeEntities(parts.join(""))
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\s+|\s+$/g, "");
  return { text, ...(title ? { title } : {}) };
}
