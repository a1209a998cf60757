// Expand command-line inputs (files, folders searched recursively, `-` for stdin) into an ordered list of sources.
import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

export type InputFormat = "text" | "html" | "jsonl";

export interface InputSource {
  /** file path as given or found; "-" for stdin */
  path: string;
  /** stable document id (or id prefix for JSONL): path relative to the folder argument, or the file's basename */
  id: string;
  /** null for stdin: sniffed from the content */
  format: InputFormat | null;
}

export interface SourceProblem {
  path: string;
  message: string;
}

const FORMATS: Record<string, InputFormat> = {
  ".txt": "text",
  ".md": "text",
  ".markdown": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export function formatOf(file: string): InputFormat | undefined {
  return FORMATS[path.extname(file).toLowerCase()];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sources in a deterministic order: arguments in the order given, folder contents sorted by relative path.
 * Inside folders only known extensions are read (hidden entries skipped); a file named explicitly is read as text
 * whatever its extension, so `newsgraph extract NOTES` works and a binary file is reported rather than ignored.
 */
export function expandInputs(args: string[]): { sources: InputSource[]; problems: SourceProblem[]; ignored: number } {
  const sources: InputSource[] = [];
  const problems: SourceProblem[] = [];
  let ignored = 0;
  for (const arg of args) {
    if (arg === "-") {
      sources.push({ path: "-", id: "stdin", format: null });
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({
        path: arg,
        message: code === "ENOENT" ? "no such file or directory" : `cannot read (${code ?? (e as Error).message})`,
      });
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(arg, "", found, new Set([realpathSync(arg)]), () => ignored++);
      found.sort(byCodeUnit);
      for (const rel of found) sources.push({ path: path.join(arg, rel), id: rel, format: formatOf(rel)! });
    } else {
      sources.push({ path: arg, id: path.basename(arg), format: formatOf(arg) ?? "text" });
    }
  }
  return { sources, problems, ignored };
}

/** Collect relative paths (always with "/") of readable files under dir; symlinked folders are followed once. */
function walk(root: string, rel: string, out: string[], seen: Set<string>, ignore: () => void): void {
  const dir = path.join(root, rel);
  for (const name of readdirSync(dir).sort(byCodeUnit)) {
    if (name.startsWith(".")) continue;
    const relPath = rel ? `${rel}/${name}` : name;
    const full = path.join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue; // a dangling symlink inside a folder is not an input the user named
    }
    if (st.isDirectory()) {
      if (name === "node_modules") continue;
      const real = realpathSync(full);
      if (seen.has(real)) continue;
      seen.add(real);
      walk(root, relPath, out, seen, ignore);
    } else if (st.isFile()) {
      if (formatOf(name)) out.push(relPath);
      else ignore();
    }
  }
}
