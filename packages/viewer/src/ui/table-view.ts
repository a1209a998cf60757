// The statements table: the same filtered statements as the graph, sortable by any column, a row click selects it in the graph.
import type { DocumentInfo } from "../model/sources.ts";
import {
  COLUMN_LABELS,
  COLUMNS,
  rowsToCsv,
  sortRows,
  statementRows,
  type Column,
  type StatementRow,
} from "../model/statements-table.ts";
import type { ViewerGraph } from "../model/types.ts";
import { h, replace } from "./dom.ts";

/** Rows drawn at once; the CSV export always has them all. */
export const MAX_ROWS = 500;

export interface TableView {
  /** re-read the rows from the current visible set (only while the table is open) */
  update(visible: Set<string>, selected: string | null): void;
  csv(): string;
}

export function buildTableView(
  root: HTMLElement,
  graph: ViewerGraph,
  docs: Map<string, DocumentInfo>,
  on: { select(key: string): void; exportCsv(csv: string): void },
): TableView {
  let rows: StatementRow[] = [];
  let sortBy: Column = "date";
  let descending = false;
  let selected: string | null = null;
  const head = h("tr");
  const body = h("tbody");
  const count = h("span", { class: "table-count", attrs: { "aria-live": "polite" } });
  const exportButton = h(
    "button",
    { attrs: { type: "button" }, on: { click: () => on.exportCsv(rowsToCsv(rows)) } },
    "Export CSV",
  );
  const table = h(
    "table",
    { class: "statements-table" },
    h("caption", { class: "visually-hidden" }, "Statements in the current view"),
    h("thead", {}, head),
    body,
  );
  replace(
    root,
    h("div", { class: "table-bar" }, h("h2", {}, "Statements"), count, exportButton),
    h("div", { class: "table-scroll" }, table),
  );

  const renderHead = () => {
    replace(
      head,
      COLUMNS.map((c) => {
        const th = h("th", {
          attrs: { scope: "col", "aria-sort": c === sortBy ? (descending ? "descending" : "ascending") : "none" },
        });
        th.append(
          h(
            "button",
            {
              class: "sort",
              attrs: { type: "button" },
              on: { click: () => ((descending = c === sortBy ? !descending : false), (sortBy = c), render()) },
            },
            COLUMN_LABELS[c],
            c === sortBy ? (descending ? " ▾" : " ▴") : "",
          ),
        );
        return th;
      }),
    );
  };
  const render = () => {
    rows = sortRows(rows, sortBy, descending);
    renderHead();
    replace(
      body,
      rows.slice(0, MAX_ROWS).map((r) => {
        const tr = h(
          "tr",
          {
            class: r.key === selected ? "selected" : "",
            attrs: { tabindex: "0", "data-key": r.key },
            on: { click: () => on.select(r.key), keydown: (ev) => ev.key === "Enter" && on.select(r.key) },
          },
          h("td", {}, r.speaker || "—"),
          h("td", { class: "quote-cell" }, r.quote),
          h("td", {}, r.kind),
          h("td", {}, r.outlet),
          h("td", { class: "nowrap" }, r.date),
          h("td", {}, r.document),
        );
        if (r.key === selected) tr.setAttribute("aria-selected", "true");
        return tr;
      }),
    );
    count.textContent =
      rows.length > MAX_ROWS
        ? `${rows.length.toLocaleString("en")} statements (first ${MAX_ROWS} shown; Export CSV has all)`
        : `${rows.length.toLocaleString("en")} statement${rows.length === 1 ? "" : "s"}`;
  };
  return {
    update(visible, sel) {
      selected = sel;
      rows = statementRows(graph, visible, docs);
      render();
    },
    csv: () => rowsToCsv(rows),
  };
}
