// The statements table as data: one row per visible statement (speaker, quote, kind, outlet, date, document), sortable, and as CSV.
import { toCsv } from "./csv.ts";
import { toDay } from "./dates.ts";
import { documentLabel, type DocumentInfo } from "./sources.ts";
import type { ViewerGraph } from "./types.ts";

export interface StatementRow {
  key: string;
  speaker: string;
  speakerKey: string | null;
  quote: string;
  kind: string;
  /** the publishing outlet (document source), else the medium it was told to */
  outlet: string;
  date: string;
  document: string;
  documentId: string;
}

export const COLUMNS = ["speaker", "quote", "kind", "outlet", "date", "document"] as const;
export type Column = (typeof COLUMNS)[number];
export const COLUMN_LABELS: Record<Column, string> = {
  speaker: "Speaker",
  quote: "Quote",
  kind: "Kind",
  outlet: "Outlet",
  date: "Date",
  document: "Document",
};

export function statementRows(
  graph: ViewerGraph,
  visible: Set<string>,
  docs: Map<string, DocumentInfo>,
): StatementRow[] {
  const rows: StatementRow[] = [];
  for (const key of visible) {
    const a = graph.getNodeAttributes(key);
    if (a.kind !== "statement") continue;
    let speaker = "";
    let speakerKey: string | null = null;
    let medium = "";
    graph.forEachInEdge(key, (_e, ea, s) => {
      if (ea.kind === "said" && speakerKey === null) {
        speakerKey = s;
        speaker = graph.getNodeAttribute(s, "label");
      }
    });
    graph.forEachOutEdge(key, (_e, ea, _s, t) => {
      if ((ea.kind === "told" || ea.kind === "via") && !medium) medium = graph.getNodeAttribute(t, "label");
    });
    const docId = typeof a.document === "string" ? a.document : "";
    const doc = docs.get(docId);
    rows.push({
      key,
      speaker,
      speakerKey,
      quote: a.text ?? a.label,
      kind: a.quoteKind ?? "",
      outlet: doc?.source ?? medium,
      date: toDay(a.date) ?? doc?.day ?? "",
      document: docId ? documentLabel(doc, docId) : "",
      documentId: docId,
    });
  }
  return rows;
}

/** Stable sort by one column (empty cells last), ties by date then key so the order never depends on load order. */
export function sortRows(rows: StatementRow[], by: Column, descending: boolean): StatementRow[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((x, y) => {
    const a = x[by],
      b = y[by];
    if (a === "" && b !== "") return 1;
    if (b === "" && a !== "") return -1;
    const c = a.localeCompare(b, "en", { sensitivity: "base", numeric: true }) * dir;
    return c || x.date.localeCompare(y.date) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  });
}

export function rowsToCsv(rows: StatementRow[]): string {
  return toCsv(
    [...COLUMNS.map((c) => COLUMN_LABELS[c]), "Document id", "Statement id"],
    rows.map((r) => [r.speaker, r.quote, r.kind, r.outlet, r.date, r.document, r.documentId, r.key]),
  );
}
