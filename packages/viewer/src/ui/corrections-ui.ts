// Corrections from the page: the forms in an entity's Details (merge, rename, change kind, delete, split a document off)
// and the pending list with Undo and "Download corrections".
import { describeCorrection, ENTITY_KINDS, type PendingCorrection } from "../model/corrections.ts";
import type { NodeDetails } from "../model/details.ts";
import { h, replace } from "./dom.ts";

export interface CorrectionActions {
  add(c: PendingCorrection): void;
  /** an entity key for a typed name (exact label, else best search hit), or null */
  resolve(name: string): string | null;
}

/** The "Correct this entity" section of an entity's Details. */
export function correctionSection(d: NodeDetails, act: CorrectionActions): HTMLElement {
  const form = h("div", { class: "correction-form" });
  const status = h("p", { class: "muted", attrs: { "aria-live": "polite" } });
  const added = (c: PendingCorrection) => {
    act.add(c);
    replace(form);
    status.textContent = "Added to the pending corrections (see Corrections in the Filters panel).";
  };
  const open = (...children: HTMLElement[]) => {
    replace(form, children);
    form.querySelector<HTMLElement>("input, select")?.focus();
  };
  const merge = () => {
    const input = h("input", {
      attrs: { type: "text", list: "entity-options", "aria-label": "Merge with entity", autocomplete: "off" },
    });
    const ok = h(
      "button",
      {
        attrs: { type: "button" },
        on: {
          click: () => {
            const other = act.resolve(input.value.trim());
            if (!other || other === d.key)
              return void (status.textContent = `No other entity named “${input.value}”: pick one from the list.`);
            added({ op: "merge", into: d.key, from: other });
          },
        },
      },
      "Add merge",
    );
    open(h("label", {}, `Merge into ${d.label}: `, input), ok);
  };
  const rename = () => {
    const input = h("input", { attrs: { type: "text", "aria-label": "New name" } });
    input.value = d.label;
    const ok = h(
      "button",
      {
        attrs: { type: "button" },
        on: {
          click: () =>
            input.value.trim() &&
            input.value.trim() !== d.label &&
            added({ op: "rename", entity: d.key, label: input.value.trim() }),
        },
      },
      "Add rename",
    );
    open(input, ok);
  };
  const retype = () => {
    const sel = h(
      "select",
      { attrs: { "aria-label": "New kind" } },
      ENTITY_KINDS.filter((k) => k !== d.kind).map((k) => h("option", { attrs: { value: k } }, k)),
    );
    const ok = h(
      "button",
      {
        attrs: { type: "button" },
        on: { click: () => added({ op: "retype", entity: d.key, kind: sel.value as (typeof ENTITY_KINDS)[number] }) },
      },
      "Add change",
    );
    open(sel, ok);
  };
  const split = () => {
    const sel = h(
      "select",
      { attrs: { "aria-label": "Document to split off" } },
      d.documents.map((doc) => h("option", { attrs: { value: doc } }, doc)),
    );
    const ok = h(
      "button",
      {
        attrs: { type: "button" },
        on: { click: () => sel.value && added({ op: "split", entity: d.key, document: sel.value }) },
      },
      "Add split",
    );
    open(sel, ok);
  };
  const button = (label: string, on: () => void) =>
    h("button", { class: "small", attrs: { type: "button" }, on: { click: on } }, label);
  return h(
    "section",
    { class: "corrections" },
    h("h3", {}, "Correct this entity"),
    h(
      "div",
      { class: "row wrap" },
      button("Merge with…", merge),
      button("Rename", rename),
      button("Change kind", retype),
      button("Delete", () => added({ op: "delete", entity: d.key })),
      d.documents.length > 1 ? button("Split a document off", split) : null,
    ),
    form,
    status,
  );
}

/** The pending list in the Filters panel; empty (hidden) until something is pending. */
export function renderPending(
  root: HTMLElement,
  pending: PendingCorrection[],
  label: (key: string) => string,
  on: { undo(i: number): void; download(): void },
): void {
  root.hidden = pending.length === 0;
  if (!pending.length) return replace(root);
  replace(
    root,
    h("legend", {}, `Corrections (${pending.length} pending)`),
    h(
      "ol",
      { class: "pending" },
      pending.map((c, i) =>
        h(
          "li",
          {},
          describeCorrection(c, label),
          " ",
          h(
            "button",
            {
              class: "small",
              attrs: { type: "button", "aria-label": `Undo: ${describeCorrection(c, label)}` },
              on: { click: () => on.undo(i) },
            },
            "Undo",
          ),
        ),
      ),
    ),
    h("button", { attrs: { type: "button" }, on: { click: () => on.download() } }, "Download corrections"),
    h("p", { class: "hint" }, "Rebuild with: newsgraph build <articles> -o graph.json --corrections corrections.json"),
  );
}
