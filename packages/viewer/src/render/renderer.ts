// Sigma setup: programs, settings scaled to graph size, reducers reading the current frame, and pointer events.
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import type { ViewerGraph } from "../model/types.ts";
import { edgeDisplay, nodeDisplay, type Frame } from "./reducers.ts";
import { NodeSquareProgram } from "./square-program.ts";

export interface PointerHandlers {
  hover(node: string | null): void;
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
}

/** Above these sizes a graph is "huge": focus highlights without dimming (dimming needs a full refresh of every item). */
const HUGE = { nodes: 20_000, edges: 50_000 };

export function isHuge(graph: ViewerGraph): boolean {
  return graph.order > HUGE.nodes || graph.size > HUGE.edges;
}

/**
 * Above these sizes drawing, not JavaScript, is the cost (measured under software WebGL: edges take about two thirds of
 * a frame, and edge picking draws them twice), so nodes become point sprites, edges one-pixel GL lines, and edges are
 * neither pickable nor drawn while the camera moves. Small graphs keep the anti-aliased programs.
 */
const LARGE = { nodes: 5_000, edges: 10_000 };

export function isLarge(graph: ViewerGraph): boolean {
  return graph.order > LARGE.nodes || graph.size > LARGE.edges;
}

export function prefersDark(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

/** sigma's hover box, drawn on the dark background colour so light label text stays readable. */
function drawDarkHover(
  ctx: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label?: string | null },
  settings: { labelSize: number; labelFont: string; labelWeight: string },
): void {
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const w = data.label ? ctx.measureText(data.label).width + 10 : 0;
  ctx.fillStyle = "#2b2b2b";
  ctx.beginPath();
  ctx.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  ctx.fill();
  if (data.label) {
    ctx.fillRect(data.x + data.size + 2, data.y - size / 2 - 4, w, size + 8);
    ctx.fillStyle = "#e6e6e6";
    ctx.fillText(data.label, data.x + data.size + 6, data.y + size / 3);
  }
}

export function createRenderer(
  container: HTMLElement,
  graph: ViewerGraph,
  frame: () => Frame,
  on: PointerHandlers,
): Sigma {
  const big = isLarge(graph);
  const dark = prefersDark();
  const renderer = new Sigma(graph, container, {
    nodeProgramClasses: { circle: big ? NodePointProgram : NodeCircleProgram, square: NodeSquareProgram },
    edgeProgramClasses: { line: big ? EdgeLineProgram : EdgeRectangleProgram },
    defaultNodeType: "circle",
    defaultEdgeType: "line",
    renderEdgeLabels: false,
    enableEdgeEvents: !big,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    labelFont: "system-ui, sans-serif",
    // dark mode (prefers-color-scheme): light labels, and hover boxes in the page's dark grey instead of white
    labelColor: { color: dark ? "#e6e6e6" : "#000000" },
    ...(dark ? { defaultDrawNodeHover: drawDarkHover } : {}),
    minCameraRatio: 0.01,
    maxCameraRatio: 10,
    // path highlights are drawn above the rest
    zIndex: true,
    nodeReducer: (key, attrs) => nodeDisplay(key, attrs as never, frame()),
    edgeReducer: (key, attrs) => edgeDisplay(key, attrs as never, graph.source(key), graph.target(key), frame()),
  });
  renderer.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    on.hover(node);
  });
  renderer.on("leaveNode", () => {
    container.style.cursor = "";
    on.hover(null);
  });
  renderer.on("enterEdge", () => (container.style.cursor = "pointer"));
  renderer.on("leaveEdge", () => (container.style.cursor = ""));
  renderer.on("clickNode", ({ node }) => on.clickNode(node));
  renderer.on("clickEdge", ({ edge }) => on.clickEdge(edge));
  renderer.on("clickStage", () => on.clickStage());
  // sigma only follows window resizes: the table, the timeline and phone drawers resize the container too
  if (typeof ResizeObserver === "function") {
    const ro = new ResizeObserver(() => {
      renderer.resize();
      renderer.refresh();
    });
    ro.observe(container);
    renderer.once("kill", () => ro.disconnect());
  }
  return renderer;
}

/** Centre the camera on a node (in sigma's framed coordinates) and zoom in if we are far out. */
export function focusCamera(renderer: Sigma, node: string): Promise<void> {
  const d = renderer.getNodeDisplayData(node);
  if (!d) return Promise.resolve();
  const camera = renderer.getCamera();
  return camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.55) }, { duration: 600 });
}

/** One screen pixel in graph units at the default (fitted) camera: converts display sizes for noverlap. */
export function graphUnitsPerPixel(renderer: Sigma): number {
  const ratio = renderer.getCamera().ratio || 1;
  const a = renderer.viewportToGraph({ x: 0, y: 0 });
  const b = renderer.viewportToGraph({ x: 100, y: 0 });
  return Math.hypot(b.x - a.x, b.y - a.y) / 100 / ratio;
}
