// "Colour by" (kind, community, any attribute, with its legend), extra "Size by" attributes, the attribute filter and the document picker.
import type { GraphIndex } from "../model/derive.ts";
import { documentLabel } from "../model/sources.ts";
import type { ColourTable } from "../render/colour-by.ts";
import type { Action, ViewState } from "../state/view-state.ts";
import { h, replace } from "./dom.ts";

export interface AppearanceControls {
  colour: HTMLElement;
  filter: HTMLElement;
  documents: HTMLElement | null;
  sync(s: ViewState, legend: ColourTable | null): void;
}

/** Numeric attributes offered as sizes (pagerank, weightedDegree, a GEXF column). */
export function sizeAttributes(index: GraphIndex): string[] {
  return index.attributes
    .filter((a) => a.numeric && !a.categorical && a.max > a.min && a.name !== "mentionCount")
    .map((a) => a.name);
}

const pretty = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .replace(/^./, (c) => c.toUpperCase());

export function buildAppearanceControls(index: GraphIndex, dispatch: (a: Action) => void): AppearanceControls {
  const colourable = index.attributes.filter(
    (a) => a.name !== "kind" && (a.categorical ? a.values.length > 1 : a.max > a.min),
  );
  const colourSelect = h("select", {
    attrs: { id: "colour-by" },
    on: { change: () => dispatch({ type: "colorBy", value: colourSelect.value }) },
  });
  colourSelect.append(h("option", { attrs: { value: "kind" } }, "Kind"));
  for (const a of colourable) colourSelect.append(h("option", { attrs: { value: a.name } }, pretty(a.name)));
  const legend = h("ul", { class: "colour-legend", attrs: { "aria-label": "Colour legend" } });
  const colour = h(
    "div",
    { class: "field" },
    h("label", { attrs: { for: "colour-by" } }, "Colour by"),
    colourSelect,
    legend,
  );

  // the attribute filter: pick an attribute, then a value (categories) or a minimum (numbers)
  const filterable = index.attributes.filter((a) => (a.categorical ? a.values.length > 1 : a.max > a.min));
  const attrSelect = h("select", { attrs: { id: "filter-attr", "aria-label": "Filter attribute" } });
  attrSelect.append(h("option", { attrs: { value: "" } }, "No attribute filter"));
  for (const a of filterable) attrSelect.append(h("option", { attrs: { value: a.name } }, pretty(a.name)));
  const valueSelect = h("select", { attrs: { "aria-label": "Filter value" } });
  const minInput = h("input", { attrs: { type: "number", "aria-label": "Filter minimum", step: "any" } });
  const apply = () => {
    const info = filterable.find((a) => a.name === attrSelect.value);
    if (!info) return dispatch({ type: "filter", value: null });
    const value = info.categorical ? valueSelect.value : minInput.value;
    dispatch({ type: "filter", value: value === "" ? null : { attr: info.name, value } });
  };
  const showValues = (attr: string, value: string | null) => {
    const info = filterable.find((a) => a.name === attr);
    valueSelect.hidden = !info || !info.categorical;
    minInput.hidden = !info || info.categorical;
    if (info?.categorical) {
      replace(
        valueSelect,
        info.values.slice(0, 200).map((v) => h("option", { attrs: { value: v.value } }, `${v.value} (${v.count})`)),
      );
      valueSelect.value = value ?? info.values[0]?.value ?? "";
    } else if (info) {
      minInput.min = String(info.min);
      minInput.max = String(info.max);
      minInput.value = value ?? String(info.min);
    }
  };
  attrSelect.addEventListener("change", () => (showValues(attrSelect.value, null), apply()));
  valueSelect.addEventListener("change", apply);
  minInput.addEventListener("change", apply);
  showValues("", null);
  const filter = h(
    "div",
    { class: "field" },
    h("label", { attrs: { for: "filter-attr" } }, "Filter by attribute"),
    attrSelect,
    valueSelect,
    minInput,
  );

  // a searchable picker: type part of a title or id; the datalist offers the matches (a select of 2,000 ids was unusable)
  let documents: HTMLElement | null = null;
  const docInput = h("input", {
    attrs: {
      id: "document",
      type: "search",
      list: "document-options",
      placeholder: "All documents",
      autocomplete: "off",
    },
  });
  if (index.documents.length) {
    const options = h("datalist", { attrs: { id: "document-options" } });
    for (const id of index.documents) {
      const d = index.docs.get(id);
      options.append(
        h("option", {
          attrs: { value: id, label: [documentLabel(d, id), d?.day, d?.source].filter(Boolean).join(" · ") },
        }),
      );
    }
    const pick = () => {
      const v = docInput.value.trim();
      if (v === "") return dispatch({ type: "document", value: null });
      const id = index.docs.has(v) ? v : [...index.docs.values()].find((d) => d.title === v)?.id;
      if (id) dispatch({ type: "document", value: id });
    };
    docInput.addEventListener("change", pick);
    docInput.addEventListener("search", pick);
    documents = h("div", { class: "field" }, h("label", { attrs: { for: "document" } }, "Document"), docInput, options);
  }

  return {
    colour,
    filter,
    documents,
    sync(s, table) {
      colourSelect.value = colourable.some((a) => a.name === s.colorBy) ? s.colorBy : "kind";
      replace(
        legend,
        (table?.legend ?? []).map((e) => {
          const dot = h("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
          dot.style.background = e.color;
          return h("li", {}, dot, e.label);
        }),
      );
      if (attrSelect.value !== (s.filter?.attr ?? "")) {
        attrSelect.value = s.filter?.attr ?? "";
        showValues(attrSelect.value, s.filter?.value ?? null);
      }
      if (document.activeElement !== docInput) docInput.value = s.document ?? "";
    },
  };
}
