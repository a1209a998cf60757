// Exports of the current view: GEXF through core's pure writer (filtered, with current positions/colours/sizes) and a PNG.
import { toGexf } from "@newsgraph/core";
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
