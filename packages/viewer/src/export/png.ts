// Export PNG at 2× or 4×: sigma redrawn off-screen at that size (@sigma/export-image), with the graph's title and the colour legend.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { LegendEntry } from "../render/colour-by.ts";

export interface PngOptions {
  scale: 2 | 4;
  title: string;
  legend: LegendEntry[];
  background: string;
  foreground: string;
}

export async function viewToScaledPng(renderer: Sigma, o: PngOptions): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const s = o.scale;
  const settings = renderer.getSettings();
  const nodeReducer = settings.nodeReducer;
  const edgeReducer = settings.edgeReducer;
  // sizes are in screen pixels: scale them with the image so the picture looks like the screen, only sharper
  const graphCanvas = await drawOnCanvas(renderer, {
    width: width * s,
    height: height * s,
    backgroundColor: o.background,
    sigmaSettings: {
      labelSize: settings.labelSize * s,
      labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold * s,
      labelGridCellSize: settings.labelGridCellSize * s,
      labelColor: { color: o.foreground },
      nodeReducer: (k, a) => {
        const d = nodeReducer ? nodeReducer(k, a) : a;
        return { ...d, size: (d.size ?? 3) * s };
      },
      edgeReducer: (k, a) => {
        const d = edgeReducer ? edgeReducer(k, a) : a;
        return { ...d, size: (d.size ?? 1) * s };
      },
    },
  });
  const titleH = 36 * s;
  const out = document.createElement("canvas");
  out.width = graphCanvas.width;
  out.height = graphCanvas.height + titleH;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = o.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(graphCanvas, 0, titleH);
  ctx.fillStyle = o.foreground;
  ctx.font = `600 ${18 * s}px system-ui, sans-serif`;
  ctx.textBaseline = "middle";
  ctx.fillText(o.title, 12 * s, titleH / 2, out.width - 24 * s);
  drawLegend(ctx, o, out.height);
  return new Promise((resolve, reject) =>
    out.toBlob(
      (b) =>
        b
          ? resolve(b)
          : reject(new Error("newsgraph/viewer: the browser could not encode the PNG; try 2× instead of 4×")),
      "image/png",
    ),
  );
}

function drawLegend(ctx: CanvasRenderingContext2D, o: PngOptions, bottom: number): void {
  if (!o.legend.length) return;
  const s = o.scale;
  const line = 18 * s;
  ctx.font = `${12 * s}px system-ui, sans-serif`;
  const w = o.legend.reduce((m, e) => Math.max(m, ctx.measureText(e.label).width), 0) + 40 * s;
  const hgt = line * o.legend.length + 12 * s;
  const x = 10 * s,
    y = bottom - hgt - 10 * s;
  ctx.globalAlpha = 0.85;
  ctx.fillStyle = o.background;
  ctx.fillRect(x, y, w, hgt);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = o.foreground;
  ctx.lineWidth = s;
  ctx.strokeRect(x, y, w, hgt);
  o.legend.forEach((e, i) => {
    const cy = y + 6 * s + line * i + line / 2;
    ctx.fillStyle = e.color;
    ctx.beginPath();
    ctx.arc(x + 14 * s, cy, 5 * s, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = o.foreground;
    ctx.fillText(e.label, x + 26 * s, cy);
  });
}
