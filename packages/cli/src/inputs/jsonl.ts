// JSONL input: one document per line ({id?, text, title?, date?, url?, source?}) or an extraction record per line.
import { ExtractionRecord, JsonlInput, type Document } from "@newsgraph/core";

export type JsonlItem =
  | { type: "document"; doc: Document; line: number }
  | { type: "record"; record: ExtractionRecord; line: number }
  | { type: "problem"; line: number; message: string };

function firstIssue(e: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const i = e.issues[0]!;
  return `${i.path.length ? i.path.map(String).join(".") + ": " : ""}${i.message}`;
}

/** Parse JSONL text line by line (standard input; files are streamed through parseJsonlLine instead). */
export function* parseJsonl(text: string, fileId: string): Generator<JsonlItem> {
  let lineNo = 0;
  for (const raw of text.split("\n")) {
    const item = parseJsonlLine(raw, ++lineNo, fileId);
    if (item) yield item;
  }
}

/**
 * One JSONL line: null when blank; a bad line becomes a problem with its line number (the caller reads on).
 * A line with `entities` and `statements` is taken as an already extracted record.
 */
export function parseJsonlLine(raw: string, lineNo: number, fileId: string): JsonlItem | null {
  const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  if (line.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { type: "problem", line: lineNo, message: `invalid JSON (${(e as Error).message})` };
  }
  if (value && typeof value === "object" && "entities" in value && "statements" in value) {
    const r = ExtractionRecord.safeParse(value);
    if (r.success) return { type: "record", record: r.data, line: lineNo };
    return { type: "problem", line: lineNo, message: `not a valid extraction record: ${firstIssue(r.error)}` };
  }
  const r = JsonlInput.safeParse(value);
  if (!r.success)
    return {
      type: "problem",
      line: lineNo,
      message: `expected {id?, text, title?, date?, url?, source?}: ${firstIssue(r.error)}`,
    };
  const { id, text: body, title, date, url, source } = r.data;
  return {
    type: "document",
    line: lineNo,
    doc: {
      id: id !== undefined ? String(id) : `${fileId}:${lineNo}`,
      text: body,
      ...(title !== undefined ? { title } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(source !== undefined ? { source } : {}),
    },
  };
}
