// Entry: wire the page (file picker, drag and drop, ?graph= URL, search, buttons, keyboard) to the App.
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf/browser";
import { App } from "./app.ts";
import { download, viewToGexf } from "./export/export.ts";
import { viewToScaledPng } from "./export/png.ts";
import { KIND_LABELS } from "./model/types.ts";
import { KIND_COLOR } from "./render/appearance.ts";
import { GraphLoadError, loadGraphText } from "./model/load.ts";
import { fromHash } from "./state/view-state.ts";
import { bindSearch } from "./ui/search-box.ts";
import "./style.css";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const errorBox = $<HTMLDivElement>("error-box");
const errorText = $<HTMLParagraphElement>("error");
const status = $<HTMLParagraphElement>("status");
const app = new App({
  graph: $("graph"),
  controls: $("controls"),
  details: $("details"),
  layoutButton: $<HTMLButtonElement>("layout"),
  timeline: $("timeline"),
  table: $("table-view"),
  tableButton: $<HTMLButtonElement>("table-toggle"),
  download: (data, name, type) => download(data, name, type),
  error: (m) => showError(m),
});

function showError(message: string): void {
  errorText.textContent = message;
  errorBox.hidden = false;
  // keep "ready" when a graph is still on screen: only the new file failed
  if (!app.loaded) document.body.dataset.state = "error";
}

/** The browser's XML parser never throws: it returns a <parsererror> document, which we turn into an error. */
function parseGexfText(text: string): Graph {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const err = doc.getElementsByTagName("parsererror")[0];
  if (err) throw new Error(`XML error: ${(err.textContent ?? "").trim().split("\n")[0]}`);
  return parseGexf(Graph, doc);
}

function open(text: string, name: string, hash = location.hash): void {
  try {
    const loaded = loadGraphText(text, name, parseGexfText);
    errorBox.hidden = true;
    // a new file starts from a clean view: an old hash names nodes of the old graph
    if (hash === "" && location.hash) history.replaceState(null, "", `${location.pathname}${location.search}`);
    app.show(loaded, hash);
    $<HTMLInputElement>("search").value = "";
    $("empty").hidden = true;
    status.textContent = name;
    document.title = `${name} · newsgraph`;
    for (const id of ["export-gexf", "export-png", "search", "table-toggle"]) $<HTMLButtonElement>(id).disabled = false;
    document.body.dataset.state = "ready";
  } catch (e) {
    showError(
      e instanceof GraphLoadError ? e.message : `newsgraph/viewer: could not open ${name}: ${(e as Error).message}`,
    );
  }
}

async function openFile(file: File): Promise<void> {
  open(await file.text(), file.name, "");
}

/** `?graph=NAME` loads a graph served beside the viewer (same origin only); otherwise graph.json if it is there. */
async function openFromUrl(): Promise<void> {
  const param = new URLSearchParams(location.search).get("graph");
  const url = new URL(param ?? "graph.json", location.href);
  if (url.origin !== location.origin)
    return showError(`newsgraph/viewer: ?graph= must point at a file served beside the viewer, not ${url.origin}`);
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    return param ? showError(`newsgraph/viewer: could not fetch ${param}: ${(e as Error).message}`) : undefined;
  }
  // a dev server answers a missing graph.json with its index.html: that is "no graph" too, not a broken one
  const html = (res.headers.get("content-type") ?? "").includes("text/html");
  if (!res.ok || (html && !param)) {
    if (param)
      showError(`newsgraph/viewer: could not fetch ${param} (HTTP ${res.status}); is it served beside the viewer?`);
    else document.body.dataset.state = "empty";
    return;
  }
  open(await res.text(), decodeURIComponent(url.pathname.split("/").pop() || "graph.json"));
}

$<HTMLInputElement>("file").addEventListener("change", (ev) => {
  const input = ev.target as HTMLInputElement;
  const f = input.files?.[0];
  // clear it so choosing the same file again (after fixing it) fires "change" again
  if (f) void openFile(f).finally(() => (input.value = ""));
});

// drag and drop anywhere on the page
let dragDepth = 0;
const overlay = $("drop-overlay");
document.addEventListener("dragenter", (ev) => {
  ev.preventDefault();
  dragDepth++;
  overlay.hidden = false;
});
document.addEventListener("dragleave", () => {
  if (--dragDepth <= 0) overlay.hidden = true;
});
document.addEventListener("dragover", (ev) => ev.preventDefault());
document.addEventListener("drop", (ev) => {
  ev.preventDefault();
  dragDepth = 0;
  overlay.hidden = true;
  const f = ev.dataTransfer?.files[0];
  if (f) void openFile(f);
});

bindSearch(
  $<HTMLInputElement>("search"),
  $<HTMLUListElement>("search-results"),
  () => app.search,
  (key) => app.focusNode(key),
);

$<HTMLButtonElement>("layout").addEventListener("click", () => app.layout?.toggle());
$<HTMLButtonElement>("error-close").addEventListener("click", () => (errorBox.hidden = true));
$<HTMLButtonElement>("zoom-in").addEventListener(
  "click",
  () => void app.renderer?.getCamera().animatedZoom({ duration: 300 }),
);
$<HTMLButtonElement>("zoom-out").addEventListener(
  "click",
  () => void app.renderer?.getCamera().animatedUnzoom({ duration: 300 }),
);
$<HTMLButtonElement>("zoom-fit").addEventListener(
  "click",
  () => void app.renderer?.getCamera().animatedReset({ duration: 400 }),
);
$<HTMLButtonElement>("export-gexf").addEventListener("click", () => {
  const frame = app.currentFrame();
  if (!app.loaded || !frame) return;
  const base = app.loaded.name.replace(/\.(json|gexf|xml)$/i, "");
  download(viewToGexf(app.loaded.graph, frame, app.loaded.name), `${base}-view.gexf`, "application/gexf+xml");
});
$<HTMLButtonElement>("export-png").addEventListener("click", () => {
  if (!app.renderer || !app.loaded || !app.index) return;
  const scale = $<HTMLSelectElement>("png-scale").value === "4" ? 4 : 2;
  const frame = app.currentFrame();
  const legend =
    frame?.colours?.legend ??
    app.index.kinds
      .filter((k) => !app.state.hidden.includes(k.kind))
      .map((k) => ({ label: KIND_LABELS[k.kind], color: KIND_COLOR[k.kind] }));
  const css = getComputedStyle(document.body);
  const title = (app.loaded.graph.getAttribute("title") as string | undefined) ?? app.loaded.name;
  viewToScaledPng(app.renderer, {
    scale,
    title: `${title} · newsgraph`,
    legend,
    background: css.getPropertyValue("--bg").trim() || "#ffffff",
    foreground: css.getPropertyValue("--fg").trim() || "#222222",
  }).then(
    (blob) => download(blob, `${app.baseName()}-view@${scale}x.png`, "image/png"),
    (e: Error) => showError(`newsgraph/viewer: Export PNG failed: ${e.message}`),
  );
});
$<HTMLButtonElement>("table-toggle").addEventListener("click", () =>
  app.dispatch({ type: "table", open: !app.state.table }),
);
// narrow screens: Filters and Details are drawers over the graph, opened from the toolbar
for (const [id, cls] of [
  ["toggle-filters", "show-filters"],
  ["toggle-details", "show-details"],
] as const) {
  const b = $<HTMLButtonElement>(id);
  b.addEventListener("click", () => {
    const on = !document.body.classList.contains(cls);
    document.body.classList.remove("show-filters", "show-details");
    for (const other of ["toggle-filters", "toggle-details"]) $(other).setAttribute("aria-expanded", "false");
    document.body.classList.toggle(cls, on);
    b.setAttribute("aria-expanded", String(on));
  });
}

document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape") app.dispatch({ type: "clear" });
});

// a pasted or edited link reopens that view without reloading the graph
window.addEventListener("hashchange", () => {
  const g = app.loaded?.graph;
  if (!g) return;
  const attrs = new Set(app.index?.attributes.map((a) => a.name));
  const next = fromHash(
    location.hash,
    { node: (k) => g.hasNode(k), edge: (k) => g.hasEdge(k), attr: (n) => attrs.has(n) },
    app.state,
  );
  app.dispatch({ type: "replace", state: next });
  if (next.selected) app.focusNode(next.selected);
});

// read-only hooks for the end-to-end tests and the viewer benchmark (not an API for pages)
Object.assign(window, { __newsgraph: app });

void openFromUrl();
