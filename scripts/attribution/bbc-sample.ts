// Every Nth BBC article of ../shared, in a fixed order, for the scripts that time the document stages.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const BBC_ROOT = path.resolve(import.meta.dirname, "../../../shared/corpus/bbc");

/** The texts of every `every`-th article (sorted paths); stops with a clear message when the corpus is absent. */
export function bbcSample(every: number, script: string): string[] {
  if (!existsSync(BBC_ROOT)) {
    console.error(
      `newsgraph/${script}: the BBC corpus is not at ${BBC_ROOT}; put the shared data next to the repo (../shared).`,
    );
    process.exit(1);
  }
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".txt")) files.push(p);
    }
  };
  walk(BBC_ROOT);
  return files.filter((_, i) => i % every === 0).map((f) => readFileSync(f, "utf8"));
}
