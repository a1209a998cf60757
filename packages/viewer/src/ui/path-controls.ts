// "Path between" two entities: two comboboxes ("Path from", "Path to") over entity names and a "Find path" button.
import { h } from "./dom.ts";

export interface PathControls {
  root: HTMLElement;
  /** shows the outcome ("3 hops", "not connected") next to the button */
  say(message: string): void;
  setEnds(from: string, to: string): void;
}

/** Entity names offered in the lists; typing any other name still works (it is resolved through search). */
const MAX_OPTIONS = 3000;

export function buildPathControls(
  names: { key: string; label: string }[],
  find: (from: string, to: string) => void,
  clear: () => void,
): PathControls {
  const list = h("datalist", { attrs: { id: "entity-options" } });
  for (const n of names.slice(0, MAX_OPTIONS)) list.append(h("option", { attrs: { value: n.label } }));
  const from = h("input", {
    attrs: {
      id: "path-from",
      type: "text",
      list: "entity-options",
      autocomplete: "off",
      "aria-label": "Path from",
      placeholder: "From entity",
    },
  });
  const to = h("input", {
    attrs: {
      id: "path-to",
      type: "text",
      list: "entity-options",
      autocomplete: "off",
      "aria-label": "Path to",
      placeholder: "To entity",
    },
  });
  const message = h("p", { class: "path-message", attrs: { "aria-live": "polite" } });
  const go = () => find(from.value.trim(), to.value.trim());
  for (const input of [from, to]) input.addEventListener("keydown", (ev) => ev.key === "Enter" && go());
  const root = h(
    "fieldset",
    { class: "paths" },
    h("legend", {}, "Path between"),
    from,
    to,
    h(
      "div",
      { class: "row" },
      h("button", { attrs: { type: "button" }, on: { click: go } }, "Find path"),
      h(
        "button",
        { attrs: { type: "button" }, on: { click: () => ((from.value = to.value = ""), clear()) } },
        "Clear path",
      ),
    ),
    message,
    list,
  );
  return {
    root,
    say: (m) => (message.textContent = m),
    setEnds(a, b) {
      from.value = a;
      to.value = b;
    },
  };
}
