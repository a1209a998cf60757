// Input size limits: a file too large to hold as one string (or as one article) is skipped and named, never a crashed run.
import { statSync } from "node:fs";
import type { InputFormat } from "./sources.ts";

const MiB = 1024 * 1024;
/** One article as text or HTML: news articles are kilobytes; 64 MiB is a whole archive pasted into one file. */
export const MAX_DOCUMENT_BYTES = 64 * MiB;
/** A UTF-16 JSONL file is read whole (UTF-8 JSONL is streamed line by line and has no limit): V8 cannot hold a string above about 512 MiB (2^29 UTF-16 units). */
export const MAX_JSONL_BYTES = 500 * MiB;

const mib = (n: number) => `${(n / MiB).toLocaleString("en", { maximumFractionDigits: 1 })} MiB`;

/** Why a file must be skipped for its size, or null. A file whose size cannot be read is left to the reader's own error. */
export function sizeProblem(file: string, format: InputFormat | null): string | null {
  if (file === "-") return null;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return null;
  }
  const limit = format === "jsonl" ? MAX_JSONL_BYTES : MAX_DOCUMENT_BYTES;
  if (size <= limit) return null;
  const hint = format === "jsonl" ? "split it into smaller .jsonl files" : "split it into one file per article";
  return `file of ${mib(size)} is above the ${mib(limit)} limit for ${format === "jsonl" ? "a JSONL file" : "one document"}; skipped — ${hint}`;
}
