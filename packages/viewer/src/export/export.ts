// Exports of the current view: GEXF through core's pure writer (filtered, with current positions/colours/sizes) and a PNG.
import { toGexf } from "@newsgraph/core";
import type Sigma from "sigma";
import type { ViewerGraph } from "../model/types.ts";
import type { Frame } from "../render/reducers.ts";
import { edgeVisible } from "../state/visibility.ts";
import { nodeColor } from "../render/appearance.ts";

/** GEXF of what is drawn: hidden nodes/edges dropped, positions as laid out now, colours and sizes as displayed. */
export function viewToGexf(graph: ViewerGraph, frame: Frame, name: string): string {
  return toGexf(graph, {
    nodeFilter: (key) => frame.visible.has(key),
    edgeFilter: (key, a, s, t) => edgeVisible(frame.visible, frame.state, a as never, s, t, frame.edgeDays.get(key)),
    colors: (key) => frame.colours?.colors.get(key) ?? nodeColor(graph.getNodeAttributes(key)),
    sizes: (key) => frame.sizes.get(key),
    positions: (key) => {
      const a = graph.getNodeAttributes(key);
      return { x: a.x, y: a.y };
    },
    description: `newsgraph viewer export of ${name}`,
  });
}

/**
 * Composite sigma's layers (WebGL edges/nodes, canvas labels and hovers) onto one canvas. The WebGL layers are
 * read right after a synchronous render, in the same task, so their drawing buffers have not been cleared yet.
 */
export function viewToPng(renderer: Sigma): Promise<Blob> {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const layers = Object.values(renderer.getCanvases());
  const w = layers[0]?.width ?? width;
  const ht = layers[0]?.height ?? height;
  const out = document.createElement("canvas");
  out.width = w;
  out.height = ht;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, w, ht);
  for (const layer of layers) if (layer.width && layer.height) ctx.drawImage(layer, 0, 0, w, ht);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("newsgraph/viewer: the browser could not encode the PNG"))), "image/png"));
}

export function download(data: Blob | string, filename: string, type: string): void {
  const blob = typeof data === "string" ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
