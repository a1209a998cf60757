// The app controller: owns the loaded graph, the view state, sigma and the layout; every change flows through dispatch().
import type Sigma from "sigma";
import { deriveIndex, type GraphIndex } from "./model/derive.ts";
import { describeEdge, describeNode } from "./model/details.ts";
import { buildSearchIndex, type SearchIndex } from "./model/search.ts";
import type { LoadedGraph } from "./model/types.ts";
import { LayoutController } from "./layout/layout.ts";
import { focusDelta, makeFrame, onlyFocusChanged, type Frame } from "./render/reducers.ts";
import { createRenderer, focusCamera, graphUnitsPerPixel, isHuge, isLarge } from "./render/renderer.ts";
import { DEFAULT_STATE, fromHash, toHash, update, type Action, type ViewState } from "./state/view-state.ts";
import { edgeVisible } from "./state/visibility.ts";
import { buildControls, type Controls } from "./ui/controls.ts";
import { renderEdge, renderEmpty, renderNode } from "./ui/details-panel.ts";

export interface AppElements {
  graph: HTMLElement;
  controls: HTMLElement;
  details: HTMLElement;
  layoutButton: HTMLButtonElement;
}

/** A file without a real layout gets a few seconds of ForceAtlas2 on open, up to this size (beyond, it is the user's call). */
const AUTO_LAYOUT_MAX_NODES = 5_000;


export class App {
  loaded: LoadedGraph | null = null;
  index: GraphIndex | null = null;
  search: SearchIndex | null = null;
  renderer: Sigma | null = null;
  layout: LayoutController | null = null;
  state: ViewState = DEFAULT_STATE;
  private frame: Frame | null = null;
  private controls: Controls | null = null;

  constructor(private readonly el: AppElements) {}

  /** Replace whatever is shown by a freshly loaded graph; the URL hash (if any) restores the view. */
  show(loaded: LoadedGraph, hash: string): void {
    this.dispose();
    const { graph } = loaded;
    this.loaded = loaded;
    this.index = deriveIndex(graph);
    this.search = buildSearchIndex(graph, this.index);
    const base: ViewState = { ...DEFAULT_STATE, sizeBy: loaded.format === "gexf" && loaded.hadSizes ? "file" : "degree" };
    this.state = fromHash(hash, { node: (k) => graph.hasNode(k), edge: (k) => graph.hasEdge(k) }, base);
    // a link made for another graph may name a document this one does not have: that filter would show nothing
    if (this.state.document !== null && !this.index.documents.includes(this.state.document)) this.state = { ...this.state, document: null };
    const dim = !isHuge(graph);
    this.frame = makeFrame(graph, this.index, this.state, undefined, dim);
    this.controls = buildControls(this.el.controls, this.index, loaded.hadSizes, (a) => this.dispatch(a));
    this.controls.sync(this.state);
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
    this.updateCounts();
    this.renderDetails();
    if (this.state.selected) void focusCamera(renderer, this.state.selected);
    // a layout from the file is kept; seeded or missing positions get a few seconds of layout by themselves
    if (!loaded.laidOut && graph.order <= AUTO_LAYOUT_MAX_NODES) {
      const layout = this.layout;
      layout.start();
      // this controller, not whichever graph is open by then (stop on a killed controller is a no-op)
      setTimeout(() => layout.stop(), Math.min(8000, 2000 + graph.order));
    }
  }

  dispatch(a: Action): void {
    if (!this.loaded || !this.index) return;
    const prev = this.state;
    const next = update(prev, a);
    if (next === prev) return;
    this.state = next;
    const before = this.frame;
    this.frame = makeFrame(this.loaded.graph, this.index, next, before ?? undefined);
    // hover events come in bursts: let sigma coalesce them into one render per frame
    const schedule = a.type === "hover";
    if (before && !this.frame.dim && onlyFocusChanged(prev, next)) {
      const partialGraph = focusDelta(this.loaded.graph, before, this.frame);
      this.renderer?.refresh({ partialGraph, skipIndexation: true, schedule });
    } else this.renderer?.refresh({ schedule });
    if (a.type === "hover") return;
    this.controls?.sync(next);
    this.updateCounts();
    if (prev.selected !== next.selected || prev.selectedEdge !== next.selectedEdge || prev.speaker !== next.speaker) this.renderDetails();
    const hash = toHash(next);
    if (hash !== location.hash && !(hash === "" && location.hash === "")) history.replaceState(null, "", `${location.pathname}${location.search}${hash || "#"}`);
  }

  /** Select a node and fly the camera to it (search results, details links). */
  focusNode(key: string): void {
    this.dispatch({ type: "select", node: key });
    if (this.renderer) void focusCamera(this.renderer, key);
  }

  /** The current frame (visible set, sizes) for exports. */
  currentFrame(): Frame | null {
    return this.frame;
  }

  private renderDetails(): void {
    const g = this.loaded?.graph;
    const aside = this.el.details;
    const act = {
      selectNode: (k: string) => {
        // the clicked panel item is about to be replaced, so it will never report mouseleave/blur
        this.dispatch({ type: "hover", node: null });
        this.focusNode(k);
      },
      selectEdge: (k: string) => this.dispatch({ type: "selectEdge", edge: k }),
      onlySpeaker: (k: string | null) => this.dispatch({ type: "speaker", value: k }),
      hover: (k: string | null) => this.dispatch({ type: "hover", node: k }),
      speaker: this.state.speaker,
    };
    if (g && this.state.selected && g.hasNode(this.state.selected)) renderNode(aside, describeNode(g, this.state.selected), act);
    else if (g && this.state.selectedEdge && g.hasEdge(this.state.selectedEdge)) renderEdge(aside, describeEdge(g, this.state.selectedEdge), act);
    else renderEmpty(aside, "Click a node or an edge, or search for a name, to see who said what and the evidence behind it.");
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
    this.layout?.kill();
    this.layout = null;
    this.renderer?.kill();
    this.renderer = null;
    this.loaded = null;
  }
}
