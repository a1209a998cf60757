// Renders NodeDetails / EdgeDetails into the Details aside; every related item is a button, so it all works from the keyboard.
import type { Affiliation, EdgeDetails, Link, NodeDetails, StatementItem } from "../model/details.ts";
import type { DocumentInfo } from "../model/sources.ts";
import { KIND_LABELS } from "../model/types.ts";
import { h, marked, replace } from "./dom.ts";

export interface DetailsActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
  onlySpeaker(key: string | null): void;
  /** pointing at (or tabbing to) a name in the panel highlights that node in the graph */
  hover(key: string | null): void;
  /** the speaker restriction in force, to offer the right toggle */
  speaker: string | null;
  /** document metadata for the source lines */
  docs: Map<string, DocumentInfo>;
  /** extra sections for an entity (corrections) */
  extra?: (d: NodeDetails) => HTMLElement | null;
}

/** Where a fact comes from: title, date, outlet and a link (http/https only, new tab without opener or referrer). */
export function sourceLine(id: string, docs: Map<string, DocumentInfo>): HTMLElement {
  const d = docs.get(id);
  const line = h("p", { class: "source" });
  line.append(h("span", { class: "doc-title" }, d?.title ?? id));
  if (d?.day) line.append(" · ", h("time", { attrs: { datetime: d.day } }, d.day));
  if (d?.source) line.append(" · ", h("span", { class: "outlet" }, d.source));
  if (d?.url)
    line.append(
      " · ",
      h("a", { attrs: { href: d.url, target: "_blank", rel: "noopener noreferrer" } }, "open article"),
    );
  if (d?.title) line.append(h("span", { class: "muted doc-id" }, ` (${id})`));
  return line;
}

export function renderEmpty(aside: HTMLElement, hint: string): void {
  replace(aside, h("h2", {}, "Details"), h("p", { class: "hint" }, hint));
}

export function renderNode(aside: HTMLElement, d: NodeDetails, act: DetailsActions): void {
  const meta: (HTMLElement | null)[] = [
    h("p", { class: `kind-tag kind-${d.kind}` }, KIND_LABELS[d.kind]),
    d.aliases.length ? section("Also known as", h("p", {}, d.aliases.join(", "))) : null,
    d.roles.length
      ? section(
          "Roles",
          list(
            d.roles.map((r) =>
              h(
                "li",
                {},
                r.role,
                r.at ? ` at ${r.at.label}` : "",
                r.former ? h("span", { class: "former" }, " (former)") : null,
              ),
            ),
          ),
        )
      : null,
    d.affiliations.length ? section("Affiliated with", list(d.affiliations.map((a) => affiliation(a, act)))) : null,
    d.members.length ? section("Affiliated people", list(d.members.map((a) => affiliation(a, act)))) : null,
    d.attributes.length ? section("Attributes", pairs(d.attributes)) : null,
    d.neighbours.length
      ? section(`Connected to (${d.neighbours.length})`, list(d.neighbours.map((n) => h("li", {}, nodeButton(n, act)))))
      : null,
  ];
  const st = d.statement;
  const body: (HTMLElement | null)[] = st
    ? [
        statement(st, act, false),
        st.mentions.length ? section("Mentions", list(st.mentions.map((m) => h("li", {}, nodeButton(m, act))))) : null,
      ]
    : [
        d.said.length
          ? section(
              `Statements (${d.said.length})`,
              speakerToggle(d, act),
              list(d.said.map((s) => h("li", {}, statement(s, act, true)))),
            )
          : null,
        d.mentionedIn.length
          ? section(
              `Mentioned in statements (${d.mentionedIn.length})`,
              list(d.mentionedIn.map((s) => h("li", {}, statement(s, act, true)))),
            )
          : null,
      ];
  const docs = d.documents.length
    ? section(
        `Documents (${d.documents.length})`,
        list(d.documents.slice(0, 50).map((id) => h("li", {}, sourceLine(id, act.docs)))),
      )
    : null;
  const counts =
    d.mentionCount !== undefined
      ? h("p", { class: "muted" }, `${d.mentionCount} mention${d.mentionCount === 1 ? "" : "s"}`)
      : null;
  const more = d.truncated ? h("p", { class: "muted" }, `… and ${d.truncated} more not listed`) : null;
  const extra = d.kind !== "statement" && d.kind !== "other" ? (act.extra?.(d) ?? null) : null;
  replace(aside, h("h2", {}, d.label), meta, counts, extra, body, docs, more);
}

export function renderEdge(aside: HTMLElement, d: EdgeDetails, act: DetailsActions): void {
  const rows: [string, Node | string][] = [
    ["From", nodeButton(d.source, act)],
    ["To", nodeButton(d.target, act)],
  ];
  if (d.role) rows.push(["Role", d.former ? `${d.role} (former)` : d.role]);
  else if (d.former !== undefined) rows.push(["Former", d.former ? "yes" : "no"]);
  if (d.document) rows.push(["Document", sourceLine(d.document, act.docs)]);
  if (d.start !== undefined && d.end !== undefined) rows.push(["Span", `characters ${d.start}–${d.end}`]);
  if (d.rule) rows.push(["Rule", d.rule]);
  const dl = pairs(rows);
  replace(
    aside,
    h("h2", {}, `${d.source.label} — ${d.kind.replace(/_/g, " ")} — ${d.target.label}`),
    h("p", { class: "kind-tag" }, `Edge: ${d.kind}`),
    dl,
    d.evidence ? section("Evidence", marked(d.evidence)) : null,
  );
}

function speakerToggle(d: NodeDetails, act: DetailsActions): HTMLElement {
  const on = act.speaker === d.key;
  return h(
    "button",
    { class: "small", attrs: { type: "button" }, on: { click: () => act.onlySpeaker(on ? null : d.key) } },
    on ? "Show all statements" : "Show only these statements",
  );
}

function pairs(rows: [string, Node | string][]): HTMLElement {
  const dl = h("dl");
  for (const [k, v] of rows) dl.append(h("dt", {}, k), h("dd", {}, v));
  return dl;
}

function section(title: string, ...content: (HTMLElement | null)[]): HTMLElement {
  return h("section", {}, h("h3", {}, title), content);
}

function list(items: HTMLElement[]): HTMLElement {
  return h("ul", { class: "items" }, items);
}

function nodeButton(l: Link, act: DetailsActions): HTMLElement {
  const on = () => act.hover(l.key);
  const off = () => act.hover(null);
  return h(
    "button",
    {
      class: `link kind-${l.kind}`,
      attrs: { type: "button" },
      on: { click: () => act.selectNode(l.key), mouseenter: on, mouseleave: off, focus: on, blur: off },
    },
    l.label,
  );
}

function affiliation(a: Affiliation, act: DetailsActions): HTMLElement {
  return h(
    "li",
    {},
    nodeButton(a.other, act),
    a.role ? ` — ${a.role}` : "",
    a.former ? h("span", { class: "former" }, " (former)") : null,
    " ",
    a.edges.map((e) =>
      h(
        "button",
        {
          class: "evidence-link",
          attrs: { type: "button", title: `Evidence${e.document ? ` in ${e.document}` : ""}` },
          on: { click: () => act.selectEdge(e.key) },
        },
        a.edges.length > 1 && e.document ? `evidence: ${e.document}` : "evidence",
      ),
    ),
  );
}

/** A statement: quote text, speaker/outlet/document line, then the evidence sentence with the quote marked. */
function statement(s: StatementItem, act: DetailsActions, compact: boolean): HTMLElement {
  const meta = h("p", { class: "meta" });
  if (s.speaker) meta.append("by ", nodeButton(s.speaker, act), " ");
  if (s.outlet) meta.append("to ", nodeButton(s.outlet, act), " ");
  if (s.quoteKind) meta.append(h("span", { class: "muted" }, `${s.quoteKind}`));
  const quote = compact
    ? h(
        "button",
        { class: "quote link", attrs: { type: "button" }, on: { click: () => act.selectNode(s.key) } },
        `“${s.text}”`,
      )
    : h("p", { class: "quote" }, `“${s.text}”`);
  return h(
    "div",
    { class: "statement" },
    quote,
    meta,
    marked(s.evidence),
    s.document ? sourceLine(s.document, act.docs) : s.date ? h("p", { class: "source" }, s.date) : null,
  );
}
