// The timeline region: statements per day or week as bars, a brush (drag across the bars), "From date"/"To date" inputs and Play.
import { addDays, type Histogram } from "../model/dates.ts";
import type { Action, ViewState } from "../state/view-state.ts";
import { h, replace } from "./dom.ts";

const SVG = "http://www.w3.org/2000/svg";
const W = 1000;
const H = 60;
/** One step of Play: long enough for a big graph to redraw between steps. */
export const PLAY_STEP_MS = 900;

export interface Timeline {
  sync(s: ViewState): void;
  stop(): void;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function buildTimeline(root: HTMLElement, hist: Histogram, dispatch: (a: Action) => void): Timeline {
  const bins = hist.bins;
  const from = h("input", { attrs: { type: "date", id: "range-from", "aria-label": "From date" } });
  const to = h("input", { attrs: { type: "date", id: "range-to", "aria-label": "To date" } });
  const play = h("button", { attrs: { type: "button", "aria-pressed": "false" } }, "Play");
  const clear = h("button", { attrs: { type: "button" } }, "All dates");
  const summary = h("span", { class: "timeline-summary", attrs: { "aria-live": "polite" } });
  const inputs = h(
    "div",
    { class: "timeline-inputs" },
    h("label", { attrs: { for: "range-from" } }, "From"),
    from,
    h("label", { attrs: { for: "range-to" } }, "to"),
    to,
    play,
    clear,
    summary,
  );
  root.hidden = false;
  if (!bins.length) {
    for (const el of [from, to, play, clear]) el.disabled = true;
    summary.textContent = "No dates in this graph";
    replace(
      root,
      inputs,
      h(
        "p",
        { class: "hint" },
        "Build from articles with dates (a JSONL date field, an HTML published time) to use the timeline.",
      ),
    );
    return { sync: () => undefined, stop: () => undefined };
  }
  from.min = to.min = bins[0]!.start;
  from.max = to.max = bins[bins.length - 1]!.end;
  const max = bins.reduce((m, b) => Math.max(m, b.count), 1);
  const bw = W / bins.length;
  const chart = svg("svg", {
    viewBox: `0 0 ${W} ${H}`,
    preserveAspectRatio: "none",
    class: "histogram",
    role: "img",
    "aria-label": `Statements per ${hist.unit}, ${bins[0]!.start} to ${bins[bins.length - 1]!.end}`,
  });
  const bars = bins.map((b, i) => {
    const bh = b.count ? Math.max(2, (H - 2) * (b.count / max)) : 0;
    const r = svg("rect", {
      x: i * bw + 0.1 * bw,
      y: H - bh,
      width: Math.max(0.5, bw * 0.8),
      height: bh,
      class: "bar",
    });
    const title = svg("title", {});
    title.textContent = `${b.start}${hist.unit === "week" ? ` (week)` : ""}: ${b.count}`;
    r.append(title);
    chart.append(r);
    return r;
  });
  const brush = svg("rect", { x: 0, y: 0, width: 0, height: H, class: "brush" });
  chart.append(brush);

  const binAt = (clientX: number) => {
    const box = chart.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / Math.max(1, box.width)) * bins.length);
    return Math.max(0, Math.min(bins.length - 1, i));
  };
  const drawBrush = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    brush.setAttribute("x", String(lo * bw));
    brush.setAttribute("width", String((hi - lo + 1) * bw));
  };
  let dragFrom: number | null = null;
  chart.addEventListener("pointerdown", (ev) => {
    dragFrom = binAt(ev.clientX);
    chart.setPointerCapture(ev.pointerId);
    drawBrush(dragFrom, dragFrom);
  });
  chart.addEventListener("pointermove", (ev) => {
    if (dragFrom !== null) drawBrush(dragFrom, binAt(ev.clientX));
  });
  chart.addEventListener("pointerup", (ev) => {
    if (dragFrom === null) return;
    const a = dragFrom,
      b = binAt(ev.clientX);
    dragFrom = null;
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    dispatch({ type: "range", from: bins[lo]!.start, to: bins[hi]!.end });
  });

  let timer: ReturnType<typeof setInterval> | null = null;
  let state: ViewState | null = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = "Play";
    play.setAttribute("aria-pressed", "false");
  };
  /** Play moves the current window (one bin when there is none) forward one bin per step, until it reaches the end. */
  const step = () => {
    const s = state;
    if (!s) return;
    const first = bins[0]!.start,
      last = bins[bins.length - 1]!.end;
    const unit = hist.unit === "week" ? 7 : 1;
    if (s.from === null || s.to === null || s.to >= last) {
      dispatch({ type: "range", from: first, to: addDays(first, unit - 1) });
      return;
    }
    dispatch({ type: "range", from: addDays(s.from, unit), to: addDays(s.to, unit) });
    if (addDays(s.to, unit) >= last) stop();
  };
  play.addEventListener("click", () => {
    if (timer !== null) return stop();
    play.textContent = "Pause";
    play.setAttribute("aria-pressed", "true");
    step();
    timer = setInterval(step, PLAY_STEP_MS);
  });
  clear.addEventListener("click", () => (stop(), dispatch({ type: "range", from: null, to: null })));
  const onInput = () => dispatch({ type: "range", from: from.value || null, to: to.value || null });
  from.addEventListener("change", onInput);
  to.addEventListener("change", onInput);
  replace(root, inputs, chart);

  return {
    sync(s) {
      state = s;
      from.value = s.from ?? "";
      to.value = s.to ?? "";
      const lo = s.from === null ? 0 : bins.findIndex((b) => b.end >= s.from!);
      let hi = s.to === null ? bins.length - 1 : bins.findIndex((b) => b.end >= s.to!);
      if (hi < 0) hi = bins.length - 1;
      if (s.from === null && s.to === null) brush.setAttribute("width", "0");
      else drawBrush(Math.max(0, lo), hi);
      bars.forEach((r, i) =>
        r.classList.toggle("out", (s.from !== null || s.to !== null) && (i < lo || i > hi || lo < 0)),
      );
      const n = bins.reduce((acc, b, i) => acc + (i >= lo && i <= hi && lo >= 0 ? b.count : 0), 0);
      const total = bins.reduce((acc, b) => acc + b.count, 0);
      summary.textContent =
        s.from === null && s.to === null
          ? `${total.toLocaleString("en")} dated statements, per ${hist.unit}`
          : `${n.toLocaleString("en")} of ${total.toLocaleString("en")} dated statements in range`;
    },
    stop,
  };
}
