// The filter and appearance panel: kind checkboxes (doubling as the colour legend), min degree, document, speaker, k-hop, size.
import type { GraphIndex } from "../model/derive.ts";
import { KIND_LABELS } from "../model/types.ts";
import { edgeColor, KIND_COLOR } from "../render/appearance.ts";
import { MAX_HOPS, type Action, type SizeBy, type ViewState } from "../state/view-state.ts";
import type { ColourTable } from "../render/colour-by.ts";
import { buildAppearanceControls, sizeAttributes } from "./appearance-controls.ts";
import { h, replace } from "./dom.ts";

const MAX_SPEAKERS = 300;

export interface Controls {
  sync(s: ViewState, colours?: ColourTable | null): void;
  setCounts(nodes: number, edges: number): void;
}

export function buildControls(
  root: HTMLElement,
  index: GraphIndex,
  hasFileSizes: boolean,
  dispatch: (a: Action) => void,
): Controls {
  const boxes = new Map<string, HTMLInputElement>();
  const kinds = h("fieldset", { class: "kinds" }, h("legend", {}, "Kinds"));
  for (const { kind, count } of index.kinds) {
    const box = h("input", {
      attrs: { type: "checkbox", "aria-label": KIND_LABELS[kind] },
      on: { change: () => dispatch({ type: "setKind", kind, visible: box.checked }) },
    });
    box.checked = true;
    boxes.set(kind, box);
    const swatch = h("span", {
      class: kind === "statement" ? "swatch square" : "swatch",
      attrs: { "aria-hidden": "true" },
    });
    swatch.style.background = KIND_COLOR[kind];
    kinds.append(
      h(
        "label",
        { class: "kind" },
        box,
        swatch,
        KIND_LABELS[kind],
        h("span", { class: "count", attrs: { "aria-hidden": "true" } }, ` ${count}`),
      ),
    );
  }

  const edges = h("ul", { class: "edge-legend", attrs: { "aria-label": "Edge colours" } });
  for (const { kind, count } of index.edgeKinds.slice(0, 12)) {
    const line = h("span", { class: "edge-swatch", attrs: { "aria-hidden": "true" } });
    line.style.background = edgeColor(kind, undefined);
    edges.append(h("li", {}, line, kind.replace(/_/g, " "), h("span", { class: "count" }, ` ${count}`)));
  }

  const minDegree = h("input", {
    attrs: { type: "number", min: "0", max: String(index.maxDegree), step: "1", id: "min-degree" },
    on: { input: () => dispatch({ type: "minDegree", value: Number(minDegree.value) }) },
  });
  minDegree.value = "0";
  const appearance = buildAppearanceControls(index, dispatch);
  // a select of ten thousand people is unusable (and slow to build): list the most quoted; the details panel offers the rest
  const top = [...index.speakers]
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, MAX_SPEAKERS);
  top.sort((a, b) => a.label.localeCompare(b.label));
  const speakers = select(
    "speaker",
    "All speakers",
    top.map((s) => [s.key, `${s.label} (${s.count})`]),
    (v) => dispatch({ type: "speaker", value: v }),
  );
  const hops = select(
    "hops",
    "Off",
    Array.from({ length: MAX_HOPS }, (_, i) => [String(i + 1), `${i + 1} hop${i ? "s" : ""}`]),
    (v) => dispatch({ type: "hops", value: Number(v ?? 0) }),
  );
  const sizeOptions: [SizeBy, string][] = [
    ["degree", "Degree"],
    ["mentions", "Mention count"],
  ];
  if (hasFileSizes) sizeOptions.push(["file", "As in file"]);
  for (const name of sizeAttributes(index))
    sizeOptions.push([
      name,
      name
        .replace(/([a-z])([A-Z])/g, "$1 $2")
        .replace(/_/g, " ")
        .replace(/^./, (c) => c.toUpperCase()),
    ]);
  const sizeBy = select("size-by", null, sizeOptions, (v) => dispatch({ type: "sizeBy", value: v ?? "degree" }));
  const counts = h("p", { class: "counts", attrs: { "aria-live": "polite" } });

  replace(
    root,
    kinds,
    index.edgeKinds.length ? h("details", { class: "edges" }, h("summary", {}, "Edge colours"), edges) : null,
    appearance.colour,
    field("Minimum degree", "min-degree", minDegree),
    appearance.filter,
    appearance.documents,
    index.speakers.length ? field("Statements of", "speaker", speakers) : null,
    field("Neighbourhood of selection", "hops", hops),
    field("Size by", "size-by", sizeBy),
    counts,
  );

  return {
    sync(s, colours = null) {
      appearance.sync(s, colours);
      for (const [kind, box] of boxes) box.checked = !s.hidden.includes(kind as never);
      if (Number(minDegree.value) !== s.minDegree) minDegree.value = String(s.minDegree);
      if (s.speaker !== null && ![...speakers.options].some((o) => o.value === s.speaker)) {
        const label = index.speakers.find((x) => x.key === s.speaker);
        speakers.append(
          h("option", { attrs: { value: s.speaker } }, label ? `${label.label} (${label.count})` : s.speaker),
        );
      }
      speakers.value = s.speaker ?? "";
      hops.value = s.hops ? String(s.hops) : "";
      sizeBy.value = s.sizeBy;
    },
    setCounts(n, e) {
      counts.textContent = `${n.toLocaleString("en")} nodes, ${e.toLocaleString("en")} edges shown`;
    },
  };
}

function field(label: string, id: string, control: HTMLElement): HTMLElement {
  return h("div", { class: "field" }, h("label", { attrs: { for: id } }, label), control);
}

function select(
  id: string,
  empty: string | null,
  options: [string, string][],
  onChange: (v: string | null) => void,
): HTMLSelectElement {
  const el = h("select", { attrs: { id }, on: { change: () => onChange(el.value || null) } });
  if (empty !== null) el.append(h("option", { attrs: { value: "" } }, empty));
  for (const [value, text] of options) el.append(h("option", { attrs: { value } }, text));
  return el;
}
