// The app controller: owns the loaded graph, the view state, sigma and the layout; every change flows through dispatch().
import type Sigma from "sigma";
import { PendingCorrections } from "./features/corrections.ts";
import { PathFinder, type PathResult } from "./features/paths.ts";
import { histogram } from "./model/dates.ts";
import { deriveIndex, type GraphIndex } from "./model/derive.ts";
import { OVERVIEW_ABOVE_NODES } from "./model/entity-network.ts";
import { buildSearchIndex, type SearchIndex } from "./model/search.ts";
import type { LoadedGraph } from "./model/types.ts";
import { LayoutController } from "./layout/layout.ts";
import { focusDelta, makeFrame, onlyFocusChanged, type Frame } from "./render/reducers.ts";
import { createRenderer, focusCamera, graphUnitsPerPixel, isHuge, isLarge } from "./render/renderer.ts";
import { DEFAULT_STATE, fromHash, toHash, update, type Action, type ViewState } from "./state/view-state.ts";
import { edgeVisible, visibleNodes } from "./state/visibility.ts";
import { buildControls, type Controls } from "./ui/controls.ts";
import { renderDetailsView } from "./ui/details-view.ts";
import { h } from "./ui/dom.ts";
import { buildPathControls, type PathControls } from "./ui/path-controls.ts";
import { buildTableView, type TableView } from "./ui/table-view.ts";
import { buildTimeline, type Timeline } from "./ui/timeline.ts";

export interface AppElements {
  graph: HTMLElement;
  controls: HTMLElement;
  details: HTMLElement;
  layoutButton: HTMLButtonElement;
  timeline: HTMLElement;
  table: HTMLElement;
  tableButton: HTMLButtonElement;
  /** hands a finished file to the browser (CSV, corrections.json) */
  download(data: string, name: string, type: string): void;
  error(message: string): void;
}

/** A file without a real layout gets ForceAtlas2 on open for this long at most (2 s + 1 ms per node). */
const AUTO_LAYOUT_MAX_MS = 15_000;

export class App {
  loaded: LoadedGraph | null = null;
  index: GraphIndex | null = null;
  search: SearchIndex | null = null;
  renderer: Sigma | null = null;
  layout: LayoutController | null = null;
  state: ViewState = DEFAULT_STATE;
  /** the defaults of this graph (overview, size by): a hash only records what differs */
  private base: ViewState = DEFAULT_STATE;
  paths: PathFinder | null = null;
  path: PathResult | null = null;
  readonly corrections = new PendingCorrections(() => this.renderDetails());
  private frame: Frame | null = null;
  private controls: Controls | null = null;
  private pathControls: PathControls | null = null;
  private timeline: Timeline | null = null;
  private table: TableView | null = null;
  private readonly pending = h("fieldset", { class: "pending-corrections" });

  constructor(private readonly el: AppElements) {}

  /** Replace whatever is shown by a freshly loaded graph; the URL hash (if any) restores the view. */
  show(loaded: LoadedGraph, hash: string): void {
    this.dispose();
    const { graph } = loaded;
    this.loaded = loaded;
    const index = (this.index = deriveIndex(graph));
    this.search = buildSearchIndex(graph, index);
    this.paths = new PathFinder(graph, this.search);
    const attrs = new Set(index.attributes.map((a) => a.name));
    const overview = graph.order > OVERVIEW_ABOVE_NODES && index.kinds.some((k) => k.kind === "statement");
    const base: ViewState = {
      ...DEFAULT_STATE,
      // labels by importance: sigma labels the biggest nodes first, so size by PageRank when the build computed it
      sizeBy: loaded.format === "gexf" && loaded.hadSizes ? "file" : attrs.has("pagerank") ? "pagerank" : "degree",
      hidden: overview ? ["statement"] : [],
    };
    this.base = base;
    this.state = fromHash(
      hash,
      { node: (k) => graph.hasNode(k), edge: (k) => graph.hasEdge(k), attr: (n) => attrs.has(n) },
      base,
    );
    // a link made for another graph may name a document this one does not have: that filter would show nothing
    if (this.state.document !== null && !index.documents.includes(this.state.document))
      this.state = { ...this.state, document: null };
    const dim = !isHuge(graph);
    this.frame = makeFrame(graph, index, this.state, undefined, dim);
    this.controls = buildControls(this.el.controls, index, loaded.hadSizes, (a) => this.dispatch(a));
    const names = this.search.entries
      .slice()
      .sort((a, b) => b.degree - a.degree)
      .map((e) => ({ key: e.key, label: e.label }));
    this.pathControls = buildPathControls(
      names,
      (a, b) => this.findPath(a, b),
      () => this.dispatch({ type: "path", value: null }),
    );
    this.el.controls.append(this.pathControls.root);
    this.timeline = buildTimeline(this.el.timeline, histogram(index.timelineDays), (a) => this.dispatch(a));
    this.table = buildTableView(this.el.table, graph, index.docs, {
      select: (k) => this.focusNode(k),
      exportCsv: (csv) => this.el.download(csv, `${this.baseName()}-statements.csv`, "text/csv"),
    });
    this.el.tableButton.disabled = false;
    this.renderer = createRenderer(this.el.graph, graph, () => this.frame!, {
      hover: (n) => this.dispatch({ type: "hover", node: n }),
      clickNode: (n) => this.dispatch({ type: "select", node: n }),
      clickEdge: (e) => this.dispatch({ type: "selectEdge", edge: e }),
      clickStage: () => this.dispatch({ type: "clear" }),
    });
    const renderer = this.renderer;
    this.layout = new LayoutController(graph, {
      sizeInGraphUnits: (k) => (this.frame?.sizes.get(k) ?? 3) * graphUnitsPerPixel(renderer),
      onChange: (running) => {
        // the layout moves everything: show the whole graph rather than a now-empty close-up
        if (running) void renderer.getCamera().animatedReset({ duration: 400 });
        if (this.frame && isLarge(graph)) {
          this.frame = { ...this.frame, hideEdges: running };
          renderer.refresh();
        }
        this.showLayoutState(running);
      },
    });
    this.showLayoutState(false);
    if (this.state.path) this.applyPath(this.state.path);
    this.syncPanels();
    this.renderDetails();
    if (this.state.selected) void focusCamera(renderer, this.state.selected);
    // a layout from the file is kept; seeded or missing positions get a bounded run of layout by themselves
    if (!loaded.laidOut) {
      const layout = this.layout;
      layout.start();
      // this controller, not whichever graph is open by then (stop on a killed controller is a no-op)
      setTimeout(() => layout.stop(), Math.min(AUTO_LAYOUT_MAX_MS, 2000 + graph.order));
    }
  }

  dispatch(a: Action): void {
    if (!this.loaded || !this.index) return;
    const prev = this.state;
    const next = update(prev, a);
    if (next === prev) return;
    this.state = next;
    if (prev.path !== next.path) this.applyPath(next.path);
    const before = this.frame;
    this.frame = makeFrame(
      this.loaded.graph,
      this.index,
      next,
      before ?? undefined,
      before?.dim,
      this.path?.highlight ?? null,
    );
    // hover events come in bursts: let sigma coalesce them into one render per frame
    const schedule = a.type === "hover";
    if (before && !this.frame.dim && onlyFocusChanged(prev, next)) {
      const partialGraph = focusDelta(this.loaded.graph, before, this.frame);
      this.renderer?.refresh({ partialGraph, skipIndexation: true, schedule });
    } else this.renderer?.refresh({ schedule });
    if (a.type === "hover") return;
    this.syncPanels(prev);
    if (
      prev.selected !== next.selected ||
      prev.selectedEdge !== next.selectedEdge ||
      prev.speaker !== next.speaker ||
      prev.path !== next.path ||
      prev.from !== next.from ||
      prev.to !== next.to
    )
      this.renderDetails();
    const hash = toHash(next, this.base);
    if (hash !== location.hash && !(hash === "" && location.hash === ""))
      history.replaceState(null, "", `${location.pathname}${location.search}${hash || "#"}`);
  }

  /** Select a node and fly the camera to it (search results, details links, table rows). */
  focusNode(key: string): void {
    this.dispatch({ type: "select", node: key });
    if (this.renderer) void focusCamera(this.renderer, key);
  }

  /** The current frame (visible set, sizes, colours) for exports. */
  currentFrame(): Frame | null {
    return this.frame;
  }

  baseName(): string {
    return (this.loaded?.name ?? "graph").replace(/\.(json|gexf|xml)$/i, "");
  }

  private findPath(fromName: string, toName: string): void {
    const from = this.paths?.resolve(fromName) ?? null;
    const to = this.paths?.resolve(toName) ?? null;
    if (!from || !to) return this.pathControls?.say(`No entity named “${!from ? fromName : toName}”.`);
    this.dispatch({ type: "select", node: null });
    this.dispatch({ type: "path", value: [from, to] });
  }

  private applyPath(ends: [string, string] | null): void {
    const g = this.loaded?.graph;
    this.path = ends && g && this.paths ? this.paths.find(ends[0], ends[1]) : null;
    if (!this.path || !g) return this.pathControls?.say("");
    this.pathControls?.setEnds(g.getNodeAttribute(this.path.from, "label"), g.getNodeAttribute(this.path.to, "label"));
    this.pathControls?.say(
      this.path.hops
        ? `${this.path.hops.length} hop${this.path.hops.length === 1 ? "" : "s"}: see Details`
        : "Not connected.",
    );
  }

  /** Controls, timeline, table and counts follow the state; the table re-reads rows only while it is open. */
  private syncPanels(prev?: ViewState): void {
    const s = this.state;
    const f = this.frame;
    this.controls?.sync(s, f?.colours ?? null);
    this.timeline?.sync(s);
    this.el.table.hidden = !s.table;
    this.el.tableButton.setAttribute("aria-pressed", String(s.table));
    if (
      s.table &&
      f &&
      this.loaded &&
      this.index &&
      (!prev || !prev.table || prev.selected !== s.selected || !onlyFocusChanged(prev, s))
    ) {
      // the table lists statements even in the overview, where the graph hides them: every other filter applies
      const rows = s.hidden.includes("statement")
        ? visibleNodes(this.loaded.graph, this.index, { ...s, hidden: s.hidden.filter((k) => k !== "statement") })
        : f.visible;
      this.table?.update(rows, s.selected);
    }
    this.updateCounts();
  }

  private renderDetails(): void {
    renderDetailsView(this.el.details, {
      graph: this.loaded?.graph,
      state: this.state,
      index: this.index,
      path: this.path,
      corrections: this.corrections,
      pending: this.pending,
      resolve: (n) => this.paths?.resolve(n) ?? null,
      dispatch: (a) => this.dispatch(a),
      focusNode: (k) => this.focusNode(k),
      downloadCorrections: () => this.downloadCorrections(),
    });
  }

  private downloadCorrections(): void {
    try {
      this.el.download(this.corrections.file(), "corrections.json", "application/json");
    } catch (e) {
      this.el.error((e as Error).message);
    }
  }

  private updateCounts(): void {
    const f = this.frame;
    const g = this.loaded?.graph;
    if (!f || !g || !this.controls) return;
    let edges = 0;
    g.forEachEdge((e, a, s, t) => {
      if (edgeVisible(f.visible, f.state, a, s, t, f.edgeDays.get(e))) edges++;
    });
    this.controls.setCounts(f.visible.size, edges);
  }

  private showLayoutState(running: boolean): void {
    const b = this.el.layoutButton;
    b.disabled = !this.loaded;
    b.textContent = running ? "Stop layout" : "Start layout";
  }

  dispose(): void {
    this.timeline?.stop();
    this.layout?.kill();
    this.layout = null;
    this.renderer?.kill();
    this.renderer = null;
    this.loaded = null;
    this.path = null;
  }
}
