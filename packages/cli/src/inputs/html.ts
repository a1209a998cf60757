// HTML input: the main article text via @mozilla/readability on a linkedom DOM, with paragraph breaks kept.
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access --
   linkedom's declaration files import modules they do not ship, so its DOM types resolve to an error type here. */
import { createRequire } from "node:module";
import type * as ReadabilityModule from "@mozilla/readability";
import type * as Linkedom from "linkedom";
import {
  HTML_TIME_BUDGET_MS,
  MAX_HTML_CHARS,
  MAX_HTML_DEPTH,
  MAX_HTML_ELEMENTS,
  htmlDepth,
  plainTextOfHtml,
} from "./html-budget.ts";

/**
 * linkedom and Readability load on the first HTML page, not at startup: a run over JSONL or text files never uses
 * them, and importing both was about a quarter of a one-article run's startup CPU. Their CommonJS builds (the ones
 * `require` resolves to) load synchronously, so reading stays a plain generator.
 */
const load = createRequire(import.meta.url);
let libs: { parseHTML: typeof Linkedom.parseHTML; Readability: typeof ReadabilityModule.Readability } | null = null;
function htmlLibs(): NonNullable<typeof libs> {
  return (libs ??= {
    parseHTML: (load("linkedom") as typeof Linkedom).parseHTML,
    Readability: (load("@mozilla/readability") as typeof ReadabilityModule).Readability,
  });
}

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  /** what went less than well: a budget exceeded (plain text used instead), or no text at all */
  warnings?: string[];
}

const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
]);
const LINE = new Set(["LI", "BR", "TD", "TH"]);
// page furniture is dropped too, for pages where Readability finds no article and the body is used
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "NAV",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "FORM",
  "BUTTON",
]);

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

/** Text of a DOM subtree with blank lines between blocks and single newlines for list items and <br>. */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode, pre: boolean) => {
    if (n.nodeType === 3) {
      parts.push(pre ? (n.textContent ?? "") : (n.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    // blocks get blank lines around them; list items, cells and <br> end their line
    if (BLOCK.has(name)) parts.push("\n\n");
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!, pre || name === "PRE");
    if (BLOCK.has(name)) parts.push("\n\n");
    else if (LINE.has(name)) parts.push("\n");
  };
  walk(root, false);
  return parts
    .join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\s+|\s+$/g, "");
}

function meta(
  document: { querySelector: (s: string) => { getAttribute: (a: string) => string | null } | null },
  selectors: string[],
  attr = "content",
): string | undefined {
  for (const s of selectors) {
    const v = document.querySelector(s)?.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return undefined;
}

/** The page's plain text when a budget is exceeded, with the warning that says which one. */
function fallback(html: string, why: string): HtmlArticle {
  const { text, title } = plainTextOfHtml(html);
  return withNoTextWarning({
    text,
    ...(title ? { title } : {}),
    warnings: [`${why}; article extraction skipped and the page's plain text used`],
  });
}

function withNoTextWarning(a: HtmlArticle): HtmlArticle {
  if (a.text.trim() !== "") return a;
  return {
    ...a,
    warnings: [
      ...(a.warnings ?? []),
      "the HTML page yielded no text (no article and no body text); an empty document was used",
    ],
  };
}

/**
 * Main article of a saved web page. Falls back to the whole body when Readability finds no article. Work is
 * bounded: a page too large or nested too deep for Readability (whose cost grows with the cube of the depth) is read
 * as plain text without a DOM; Readability stops past MAX_HTML_ELEMENTS; and when parsing alone used up the time
 * budget the body text is taken without Readability. Each of these, and a page with no text, comes with a warning.
 */
export function htmlToArticle(html: string): HtmlArticle {
  if (html.trim() === "") return { text: "" };
  if (html.length > MAX_HTML_CHARS)
    return fallback(
      html,
      `HTML page of ${html.length.toLocaleString("en")} characters is above the ${MAX_HTML_CHARS.toLocaleString("en")} limit`,
    );
  if (htmlDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH)
    return fallback(html, `HTML nested more than ${MAX_HTML_DEPTH} elements deep`);
  const { parseHTML, Readability } = htmlLibs();
  const t0 = Date.now();
  // linkedom needs a full document; a bare fragment (e.g. piped in) is wrapped
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const date =
    meta(document, [
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
    ]) ?? meta(document, ["time[datetime]"], "datetime");
  const url = meta(document, ['link[rel="canonical"]'], "href") ?? meta(document, ['meta[property="og:url"]']);
  const site = meta(document, ['meta[property="og:site_name"]']);
  const docTitle = document.querySelector("title")?.textContent?.trim() || undefined;
  // Readability mutates the DOM it is given, so metadata is read first
  let article: ReturnType<ReadabilityModule.Readability["parse"]> = null;
  const warnings: string[] = [];
  if (Date.now() - t0 > HTML_TIME_BUDGET_MS) {
    warnings.push(
      `parsing the HTML took more than ${HTML_TIME_BUDGET_MS} ms; article extraction skipped and the body text used`,
    );
  } else {
    try {
      article = new Readability(document as never, { maxElemsToParse: MAX_HTML_ELEMENTS }).parse();
    } catch {
      article = null; // Readability gives up on odd markup or too many elements; the body text below is still useful
    }
  }
  let text: string;
  if (article?.content) {
    text = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as never);
  } else {
    text = document.body ? blockText(document.body as never) : "";
  }
  const title = article?.title?.trim() || docTitle;
  return withNoTextWarning({
    text,
    ...(warnings.length ? { warnings } : {}),
    ...(title ? { title } : {}),
    ...((date ?? article?.publishedTime) ? { date: (date ?? article?.publishedTime)! } : {}),
    ...(url ? { url } : {}),
    ...((site ?? article?.siteName) ? { source: (site ?? article?.siteName)! } : {}),
  });
}
