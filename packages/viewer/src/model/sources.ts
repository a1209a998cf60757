// Where a fact comes from: the graph's `documents` attribute as a lookup (title, day, outlet, URL), with safe links only.
import { toDay } from "./dates.ts";
import type { ViewerGraph } from "./types.ts";

export interface DocumentInfo {
  id: string;
  title?: string;
  /** the day (YYYY-MM-DD) when the document's date could be read */
  day?: string;
  source?: string;
  /** only http(s) URLs survive: a javascript: or data: URL from an article feed is dropped */
  url?: string;
}

/** The URL when it is absolute http or https, else undefined (never a link to javascript:, data:, file: …). */
export function safeUrl(v: unknown): string | undefined {
  if (typeof v !== "string" || v.trim() === "") return undefined;
  try {
    const u = new URL(v.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Documents by id, from the graph attribute; ids only seen on nodes get an entry without metadata. */
export function documentTable(graph: ViewerGraph, ids: Iterable<string>): Map<string, DocumentInfo> {
  const out = new Map<string, DocumentInfo>();
  const raw: unknown = graph.getAttribute("documents");
  if (Array.isArray(raw)) {
    for (const d of raw as Record<string, unknown>[]) {
      if (!d || typeof d.id !== "string") continue;
      const info: DocumentInfo = { id: d.id };
      if (typeof d.title === "string" && d.title) info.title = d.title;
      const day = toDay(d.date);
      if (day) info.day = day;
      if (typeof d.source === "string" && d.source) info.source = d.source;
      const url = safeUrl(d.url);
      if (url) info.url = url;
      out.set(d.id, info);
    }
  }
  for (const id of ids) if (!out.has(id)) out.set(id, { id });
  return out;
}

/** What a picker or a table shows for a document: its title when known, else its id. */
export function documentLabel(d: DocumentInfo | undefined, id: string): string {
  return d?.title ? d.title : id;
}
