// Dates as days (YYYY-MM-DD): parsing whatever a corpus wrote, the histogram bins of the timeline, and range checks.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** The day of a date string: ISO ("2026-01-05…"), Reuters' "26-FEB-1987 15:01:01.79", or anything Date.parse reads; else null. */
export function toDay(v: unknown): string | null {
  if (typeof v !== "string" || v === "") return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /^\s*(\d{1,2})[- ]([A-Za-z]{3})[A-Za-z]*[- ](\d{4})/.exec(v);
  if (dmy) {
    const m = MONTHS.indexOf(dmy[2]!.toLowerCase());
    if (m >= 0) return `${dmy[3]}-${pad(m + 1)}-${pad(Number(dmy[1]))}`;
  }
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return null;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const dayToMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
export const msToDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

export function addDays(day: string, n: number): string {
  return msToDay(dayToMs(day) + n * DAY_MS);
}

/** Monday of the day's ISO week. */
export function weekOf(day: string): string {
  const ms = dayToMs(day);
  const dow = (new Date(ms).getUTCDay() + 6) % 7;
  return msToDay(ms - dow * DAY_MS);
}

export interface Bin {
  /** first day of the bin */
  start: string;
  /** last day of the bin (inclusive) */
  end: string;
  count: number;
}

export interface Histogram {
  unit: "day" | "week";
  bins: Bin[];
}

/** Above this many days the timeline counts weeks, so a bar stays wide enough to see and to brush. */
export const WEEK_ABOVE_DAYS = 120;

/** Counts per day (or week, for long spans), with empty bins filled in so the x axis is linear in time. */
export function histogram(days: Iterable<string>): Histogram {
  const counts = new Map<string, number>();
  let min: string | null = null;
  let max: string | null = null;
  for (const d of days) {
    counts.set(d, (counts.get(d) ?? 0) + 1);
    if (min === null || d < min) min = d;
    if (max === null || d > max) max = d;
  }
  if (min === null || max === null) return { unit: "day", bins: [] };
  const span = (dayToMs(max) - dayToMs(min)) / DAY_MS;
  const unit = span > WEEK_ABOVE_DAYS ? "week" : "day";
  const step = unit === "week" ? 7 : 1;
  const bins: Bin[] = [];
  const index = new Map<string, Bin>();
  for (let d = unit === "week" ? weekOf(min) : min; d <= max; d = addDays(d, step)) {
    const bin = { start: d, end: addDays(d, step - 1), count: 0 };
    bins.push(bin);
    index.set(d, bin);
  }
  for (const [d, n] of counts) index.get(unit === "week" ? weekOf(d) : d)!.count += n;
  return { unit, bins };
}

/** Inclusive range check; an open end is unbounded. */
export function inRange(day: string, from: string | null, to: string | null): boolean {
  return (from === null || day >= from) && (to === null || day <= to);
}

/** Whether [first, last] overlaps [from, to]. */
export function overlaps(first: string, last: string, from: string | null, to: string | null): boolean {
  return (from === null || last >= from) && (to === null || first <= to);
}
