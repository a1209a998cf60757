// Tiny DOM helpers. Data (names, quotes, sentences) only ever becomes text nodes: article text is hostile input.
import type { Segments } from "../model/evidence.ts";

/** A child, or a list of them (passed as an array, never spread into the call: lists can be long). */
export type Child = Node | string | null | undefined | false | readonly Child[];
interface Props {
  class?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const [k, fn] of Object.entries(props.on ?? {})) el.addEventListener(k, fn as EventListener);
  appendAll(el, children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  appendAll(el, children);
}

function appendAll(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) appendAll(el, c as readonly Child[]);
    else el.appendChild(typeof c === "string" ? document.createTextNode(c) : (c as Node));
  }
}

/** Replace an element's content (no innerHTML anywhere in the viewer). */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  appendAll(el, children);
}

/** Evidence with the quoted span (each part of an interrupted quote) in <mark>, built from text nodes. */
export function marked(seg: Segments, cls = "evidence"): HTMLElement {
  const mark = seg.pieces
    ? seg.pieces.map((p) => (p.mark ? h("mark", {}, p.text) : p.text))
    : [seg.mark ? h("mark", {}, seg.mark) : null];
  return h("blockquote", { class: cls }, seg.before, mark, seg.after);
}
