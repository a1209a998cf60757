// Document dates normalised to calendar days (YYYY-MM-DD), the unit of firstSeen/lastSeen and of dynamic GEXF.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const pad = (n: number) => String(n).padStart(2, "0");

function day(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The day a document's date names, or undefined when the form is not one we know. Only explicit forms are read
 * (ISO 8601 as HTML meta gives it, Reuters' `26-FEB-1987 15:01:01.79`, `26 Feb 1987`, `Feb 26, 1987`): `Date.parse`
 * would read other strings in the machine's time zone, and the same input must give the same graph everywhere.
 * An ISO timestamp keeps the day as written (its own time zone), not the UTC day.
 */
export function toDay(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const t = date.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[- ]([A-Za-z]{3})[A-Za-z]*\.?[- ,]+(\d{4})\b/.exec(t);
  if (m) return day(+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!);
  m = /^([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}),? (\d{4})\b/.exec(t);
  if (m) return day(+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!);
  return undefined;
}

/** Widen a [first, last] day range by one day (ISO days compare as strings). */
export class DayRange {
  first: string | undefined;
  last: string | undefined;

  add(d: string | undefined): void {
    if (!d) return;
    if (this.first === undefined || d < this.first) this.first = d;
    if (this.last === undefined || d > this.last) this.last = d;
  }

  attributes(): { firstSeen?: string; lastSeen?: string } {
    return this.first ? { firstSeen: this.first, lastSeen: this.last! } : {};
  }
}
