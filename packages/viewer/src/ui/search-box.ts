// Search combobox (ARIA 1.2 pattern): type to list names and aliases, arrows to move, Enter or click to choose.
import { search, type SearchHit, type SearchIndex } from "../model/search.ts";
import { KIND_LABELS } from "../model/types.ts";
import { KIND_COLOR } from "../render/appearance.ts";
import { h, replace } from "./dom.ts";

export function bindSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  idx: () => SearchIndex | null,
  choose: (key: string) => void,
): void {
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    hits = [];
    active = -1;
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    replace(list);
  };

  const render = () => {
    if (!hits.length && input.value.trim() !== "") {
      // say so, rather than an empty list that looks like a broken box
      replace(
        list,
        h(
          "li",
          { class: "no-results", attrs: { role: "option", "aria-disabled": "true", "aria-selected": "false" } },
          `No results for “${input.value.trim()}”`,
        ),
      );
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      input.removeAttribute("aria-activedescendant");
      return;
    }
    replace(
      list,
      hits.map((hit, i) => {
        const dot = h("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
        dot.style.background = KIND_COLOR[hit.kind];
        return h(
          "li",
          {
            attrs: { role: "option", id: `search-option-${i}`, "aria-selected": String(i === active) },
            // mousedown, not click: it fires before the input's blur closes the list
            on: { mousedown: (ev) => (ev.preventDefault(), pick(i)) },
          },
          dot,
          hit.label,
          hit.alias ? h("span", { class: "alias" }, ` (${hit.alias})`) : null,
          h("span", { class: "hit-kind" }, ` ${KIND_LABELS[hit.kind]}`),
        );
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", `search-option-${active}`);
      list.children[active]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    choose(hit.key);
  };

  input.addEventListener("input", () => {
    const index = idx();
    hits = index ? search(index, input.value) : [];
    active = hits.length ? 0 : -1;
    render();
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === "Enter") {
      if (active >= 0) {
        ev.preventDefault();
        pick(active);
      }
    } else if (ev.key === "Escape" && hits.length) {
      // first Escape closes the list; the next one reaches the global handler and clears the selection
      ev.stopPropagation();
      ev.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", close);
}
