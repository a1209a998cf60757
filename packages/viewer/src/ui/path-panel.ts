// The Details view of a found path: each hop with its ties and their evidence (statements behind speaks_about, sentences otherwise).
import type { PathResult } from "../features/paths.ts";
import type { Link } from "../model/details.ts";
import type { ViewerGraph } from "../model/types.ts";
import type { DetailsActions } from "./details-panel.ts";
import { sourceLine } from "./details-panel.ts";
import { h, marked, replace } from "./dom.ts";

export function renderPath(aside: HTMLElement, graph: ViewerGraph, r: PathResult, act: DetailsActions): void {
  const label = (k: string) => graph.getNodeAttribute(k, "label");
  const node = (k: string) => {
    const l: Link = { key: k, label: label(k), kind: graph.getNodeAttribute(k, "kind") };
    return h(
      "button",
      { class: `link kind-${l.kind}`, attrs: { type: "button" }, on: { click: () => act.selectNode(k) } },
      l.label,
    );
  };
  if (!r.hops) {
    replace(
      aside,
      h("h2", {}, `Path: ${label(r.from)} → ${label(r.to)}`),
      h("p", {}, "These two are not connected in the entity network."),
    );
    return;
  }
  const hops = r.hops.map((x, i) =>
    h(
      "li",
      { class: "hop" },
      h("p", { class: "hop-title" }, `${i + 1}. `, node(x.hop.from), " — ", node(x.hop.to)),
      x.edges.map((e) =>
        h(
          "div",
          { class: "hop-edge" },
          h("p", { class: "meta" }, `${e.kind.replace(/_/g, " ")}${e.weight > 1 ? ` ×${e.weight}` : ""}`),
          e.statements.map((s) =>
            h(
              "div",
              { class: "statement" },
              h("p", { class: "quote" }, `“${s.text}”`),
              marked(s.evidence),
              s.document ? sourceLine(s.document, act.docs) : null,
            ),
          ),
          e.details?.evidence ? marked(e.details.evidence) : null,
          e.details?.document ? sourceLine(e.details.document, act.docs) : null,
        ),
      ),
    ),
  );
  replace(
    aside,
    h("h2", {}, `Path: ${label(r.from)} → ${label(r.to)}`),
    h("p", { class: "muted" }, `${r.hops.length} hop${r.hops.length === 1 ? "" : "s"} over the entity network`),
    h("ol", { class: "items hops" }, hops),
  );
}
