// Progress bar on stderr (only when it is a terminal) and the one-line summary printed at the end of a run.
import type { OutStream } from "./io.ts";

export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly out: OutStream,
    private readonly total: number,
    private readonly label: string,
  ) {}

  /** Redraw at most every 100 ms; a pipe or file gets no bar (it would be noise in logs). */
  update(done: number, force = false): void {
    if (!this.out.isTTY || this.total === 0) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const width = Math.max(10, Math.min(40, (this.out.columns ?? 80) - 40));
    const filled = Math.round((done / this.total) * width);
    this.out.write(`\r${this.label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${this.total}`);
    this.shown = true;
  }

  /** Erase the bar so the summary line starts clean. */
  finish(): void {
    if (this.shown) this.out.write("\r\x1b[K");
    this.shown = false;
  }
}

/** Words as whitespace-separated runs, the measure used by the summary and the benchmark. */
/** Errors and warnings among a run's problems, for its summary line. */
export function problemCounts(problems: readonly { level: "error" | "warning" }[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  for (const p of problems) if (p.level === "error") errors++;
  return { errors, warnings: problems.length - errors };
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export interface RunStats {
  documents: number;
  words: number;
  sources: number;
  errors: number;
  warnings: number;
  ms: number;
}

export function summaryLine(verb: string, s: RunStats): string {
  const secs = s.ms / 1000;
  const rate = secs > 0 ? `, ${Math.round(s.words / secs).toLocaleString("en-US")} words/s` : "";
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  return (
    `newsgraph: ${verb} ${plural(s.documents, "document")} (${plural(s.words, "word")}) from ${plural(s.sources, "input")} ` +
    `in ${secs.toFixed(1)}s${rate}; ${s.errors} skipped, ${plural(s.warnings, "warning")}`
  );
}
