// HTML input: the main article text via @mozilla/readability on a linkedom DOM, with paragraph breaks kept.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
}

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3",
  "H4", "H5", "H6", "HEADER", "HR", "MAIN", "NAV", "OL", "P", "SECTION", "TABLE", "TR", "UL",
]);
const LINE = new Set(["LI", "BR", "TD", "TH"]);
// page furniture is dropped too, for pages where Readability finds no article and the body is used
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "NAV", "HEADER", "FOOTER", "ASIDE", "FORM", "BUTTON"]);

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

/** Text of a DOM subtree with blank lines between blocks and single newlines for list items and <br>. */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode, pre: boolean) => {
    if (n.nodeType === 3) {
      parts.push(pre ? n.textContent ?? "" : (n.textContent ?? "").replace(/\s+/g, " "));
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

function meta(document: { querySelector: (s: string) => { getAttribute: (a: string) => string | null } | null }, selectors: string[], attr = "content"): string | undefined {
  for (const s of selectors) {
    const v = document.querySelector(s)?.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return undefined;
}

/** Main article of a saved web page. Falls back to the whole body when Readability finds no article. */
export function htmlToArticle(html: string): HtmlArticle {
  if (html.trim() === "") return { text: "" };
  // linkedom needs a full document; a bare fragment (e.g. piped in) is wrapped
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const date = meta(document, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[itemprop="datePublished"]'])
    ?? meta(document, ["time[datetime]"], "datetime");
  const url = meta(document, ['link[rel="canonical"]'], "href") ?? meta(document, ['meta[property="og:url"]']);
  const site = meta(document, ['meta[property="og:site_name"]']);
  const docTitle = document.querySelector("title")?.textContent?.trim() || undefined;
  // Readability mutates the DOM it is given, so metadata is read first
  let article: ReturnType<Readability["parse"]> = null;
  try {
    article = new Readability(document as never).parse();
  } catch {
    article = null; // Readability gives up on odd markup; the body text below is still useful
  }
  let text: string;
  if (article?.content) {
    text = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as never);
  } else {
    text = document.body ? blockText(document.body as never) : "";
  }
  const title = article?.title?.trim() || docTitle;
  return {
    text,
    ...(title ? { title } : {}),
    ...(date ?? article?.publishedTime ? { date: (date ?? article?.publishedTime)! } : {}),
    ...(url ? { url } : {}),
    ...(site ?? article?.siteName ? { source: (site ?? article?.siteName)! } : {}),
  };
}
