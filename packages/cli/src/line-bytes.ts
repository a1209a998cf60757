// Reading a previous graph.json's lines as bytes: forward line reads, JSON string tokens compared without decoding.
import { fstatSync, readSync } from "node:fs";

/** bytes read at a time; each read gets a fresh buffer, so lines handed out earlier stay valid until written */
const WINDOW = 4 << 20;
export const QUOTE = 0x22,
  BACKSLASH = 0x5c,
  NEWLINE = 0x0a,
  COMMA = 0x2c,
  CLOSE = 0x5d,
  BRACE_CLOSE = 0x7d;

/** One line of the file as bytes, read forward only. */
export class ForwardLines {
  private buf: Buffer = Buffer.alloc(0);
  private at = 0;
  private filePos: number;
  private eof = false;

  constructor(
    private readonly fd: number,
    from: number,
  ) {
    this.filePos = from;
  }

  /** The next line without its newline, or null at the end of the file. */
  next(): Buffer | null {
    for (;;) {
      const nl = this.buf.indexOf(NEWLINE, this.at);
      if (nl >= 0) {
        const line = this.buf.subarray(this.at, nl);
        this.at = nl + 1;
        return line;
      }
      if (this.eof) {
        if (this.at >= this.buf.length) return null;
        const line = this.buf.subarray(this.at);
        this.at = this.buf.length;
        return line;
      }
      const rest = this.buf.subarray(this.at);
      const fresh = Buffer.allocUnsafe(Math.max(WINDOW, 2 * rest.length));
      rest.copy(fresh, 0);
      const n = readSync(this.fd, fresh, rest.length, fresh.length - rest.length, this.filePos);
      this.filePos += n;
      if (n === 0) this.eof = true;
      this.buf = fresh.subarray(0, rest.length + n);
      this.at = 0;
    }
  }

  /**
   * Passes over the lines of the current read that `holds`, from the next one on, when they are a prefix of the
   * lines left in it (`holds` true up to some line, then false: a sorted block of lines, cut off by a bound). A
   * binary search over byte offsets, one line's test per probe, instead of a view per line; the last line of the read
   * is tested too, but a line the read has not finished is left to next(). Returns the lines passed over and the
   * offsets in the read's buffer (`.buffer`, `.byteOffset` based) of the last one's start and its newline, or null
   * when none held. Only tested lines are parsed, so every line passed over must start with `prefix` (checked while
   * counting them; else nothing is passed over): a line of another form inside the block cannot slip through.
   * Nothing else moves: the next line after them is next()'s.
   */
  skipWhile(
    holds: (line: Buffer) => boolean,
    prefix: Buffer,
  ): { lines: number; buffer: ArrayBufferLike; start: number; newline: number } | null {
    const buf = this.buf;
    let lo = this.at,
      hi = buf.lastIndexOf(NEWLINE) + 1;
    // invariant: lo is a line start and every line before it (from this.at) holds; no line starting at hi or later is
    // tested; `good` is the start of the last line known to hold
    let good = -1,
      goodEnd = -1;
    while (lo < hi) {
      const mid = lo + ((hi - lo) >>> 1);
      let s = lo;
      if (mid > lo) {
        const nl = buf.indexOf(NEWLINE, mid - 1);
        s = nl < 0 || nl + 1 >= hi ? hi : nl + 1;
        if (s >= hi) {
          hi = mid; // no line starts in [mid, hi): the lines left start before mid
          continue;
        }
      }
      const end = buf.indexOf(NEWLINE, s);
      if (holds(buf.subarray(s, end))) {
        good = s;
        goodEnd = end;
        lo = end + 1;
      } else hi = s;
    }
    if (good < 0) return null;
    let lines = 0;
    for (let i = this.at; i <= goodEnd; i = buf.indexOf(NEWLINE, i) + 1) {
      if (!startsAt(buf, i, prefix)) return null;
      lines++;
    }
    this.at = goodEnd + 1;
    return { lines, buffer: buf.buffer, start: buf.byteOffset + good, newline: buf.byteOffset + goodEnd };
  }

  /**
   * Before anything is read: moves the start forward to a line start at or before the first line whose head
   * `after` holds, within about `near` bytes of it (`after` must be false for every line before that one and true from
   * it on, like a section's lines in a file written in order). A binary search that reads the head of one line per
   * probe: the edge reader jumps near the edge section instead of reading the 80 MB of nodes before it (then
   * skipPastLine finds the section's first line). Stays put when a probe finds no line start (a very long line).
   * Returns the byte offset reading goes on from.
   */
  jumpNear(after: (head: Buffer) => boolean, near = WINDOW): number {
    if (this.buf.length > 0 || this.at > 0 || this.eof) return -1; // lines were read: their order is the caller's
    let lo = this.filePos,
      hi = fstatSync(this.fd).size;
    const probe = Buffer.allocUnsafe(PROBE);
    while (hi - lo > near) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const n = readSync(this.fd, probe, 0, PROBE, mid);
      const nl = probe.subarray(0, n).indexOf(NEWLINE);
      const start = mid + nl + 1;
      // no line start after mid in this read, or none before hi: lo is as near as probes get
      if (nl < 0 || start >= hi) break;
      const end = probe.subarray(0, n).indexOf(NEWLINE, nl + 1);
      if (after(probe.subarray(nl + 1, end < 0 ? n : end))) hi = start;
      else lo = start;
    }
    return (this.filePos = lo);
  }

  /**
   * Passes over every line up to and including the first that is exactly `line` (the next read starts after it), as
   * `next()` until it returns that line would; false, at the end of the file, when there is none. One indexOf per
   * read into one scratch buffer instead of a view per line: the edge reader passes over the 80 MB of nodes this way.
   */
  skipPastLine(line: Buffer): boolean {
    const needle = Buffer.concat([line, NEWLINE_BYTE]);
    // the unread bytes of the current buffer, then the file; `prev` is the byte before data[0] (a line starts here)
    let data: Buffer = this.buf.subarray(this.at);
    let prev = NEWLINE;
    let scratch: Buffer | null = null;
    for (;;) {
      for (let i = data.indexOf(needle); i >= 0; i = data.indexOf(needle, i + 1)) {
        if ((i === 0 ? prev : data[i - 1]) !== NEWLINE) continue;
        const after = this.filePos - (data.length - i - needle.length);
        this.buf = Buffer.alloc(0);
        this.at = 0;
        this.filePos = after;
        this.eof = false; // read again from `after`, even if this read reached the end
        return true;
      }
      if (this.eof) break;
      // keep the tail a match could start in (and the byte before it), then read on
      const keep = Math.min(data.length, needle.length);
      if (data.length > keep) prev = data[data.length - keep - 1]!;
      scratch ??= Buffer.allocUnsafe(Math.max(WINDOW, 2 * needle.length));
      data.copy(scratch, 0, data.length - keep);
      const n = readSync(this.fd, scratch, keep, scratch.length - keep, this.filePos);
      this.filePos += n;
      if (n === 0) this.eof = true;
      data = scratch.subarray(0, keep + n);
    }
    // no such line (a last line without its newline is one too, as next() hands it out)
    const last = data.lastIndexOf(NEWLINE) + 1;
    const found =
      data.length - last === line.length && data.subarray(last).equals(line) && (last > 0 || prev === NEWLINE);
    this.buf = Buffer.alloc(0);
    this.at = 0;
    return found;
  }
}

const NEWLINE_BYTE = Buffer.of(NEWLINE);
/** bytes read per probe of jumpNear: a line's head (its first fields) is in them */
const PROBE = 64 << 10;

/** The end (index after the closing quote) of the JSON string token starting at `from` (a quote), or -1. */
export function tokenEnd(line: Buffer, from: number): number {
  if (line[from] !== QUOTE) return -1;
  for (let i = from + 1; i < line.length; i++) {
    const c = line[i];
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  return -1;
}

/** The string a JSON string token (quotes included) stands for. */
export function token(line: Buffer, from: number, to: number): string {
  const raw = line.toString("utf8", from + 1, to - 1);
  return raw.includes("\\") ? (JSON.parse(line.toString("utf8", from, to)) as string) : raw;
}

/**
 * The token at [from, to) (quotes included) against `s`, in compareStrings' order (UTF-16 code units), without making
 * a string: while both sides are plain ASCII, a byte is the code unit it stands for. Proof of the shortcuts: a
 * common ASCII prefix without a backslash decodes to itself; a token whose bytes run out first is then a proper
 * prefix of `s` (smaller); a token with bytes left after all of `s` decodes to at least one more unit (an escape or a
 * multi-byte character is at least one unit), so it is larger. Anything else (a backslash or a byte or unit of 0x80
 * or more before the first difference) is decoded and compared as strings.
 */
export function compareToken(line: Buffer, from: number, to: number, s: string): number {
  const n = to - from - 2,
    m = s.length;
  const k = n < m ? n : m;
  for (let i = 0; i < k; i++) {
    const b = line[from + 1 + i]!,
      c = s.charCodeAt(i);
    if (b >= 0x80 || c >= 0x80 || b === BACKSLASH) {
      const t = token(line, from, to);
      return t < s ? -1 : t > s ? 1 : 0;
    }
    if (b !== c) return b < c ? -1 : 1;
  }
  return n === m ? 0 : n < m ? -1 : 1;
}

/** `what` at `at` in `line` (a loop: Buffer#compare's argument checks cost more than these few bytes) */
export function startsAt(line: Buffer, at: number, what: Buffer): boolean {
  if (line.length < at + what.length) return false;
  for (let i = 0; i < what.length; i++) if (line[at + i] !== what[i]) return false;
  return true;
}

/** Whether bytes [from, to) are the characters of the ASCII string `s` (a number as JSON writes it). */
export function spells(line: Buffer, from: number, to: number, s: string): boolean {
  if (to - from !== s.length) return false;
  for (let i = 0; i < s.length; i++) if (line[from + i] !== s.charCodeAt(i)) return false;
  return true;
}

/**
 * The range of the number after `"name":` in an element's line, searching from `from`, or null when the name is not
 * there. A JSON string cannot hold `"name":` unescaped (its quotes are written `\"`), and entity attributes nest no
 * object with these names, so any match is the attribute's own.
 */
export function numberAt(line: Buffer, name: Buffer, from = 0): [number, number] | null {
  const at = line.indexOf(name, from);
  if (at < 0) return null;
  let end = at + name.length;
  while (end < line.length && line[end] !== COMMA && line[end] !== BRACE_CLOSE) end++;
  return [at + name.length, end];
}
