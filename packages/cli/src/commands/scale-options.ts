// Options shared by extract and build for speed at scale: worker threads (--jobs) and the extraction cache.
import { availableParallelism } from "node:os";
import path from "node:path";
import { CliError } from "../io.ts";
import { CACHE_DIR_NAME, ExtractionCache, versions } from "../cache.ts";
import { intOption } from "./args.ts";

export const SCALE_OPTIONS = {
  jobs: { type: "string", short: "j" },
  cache: { type: "string" },
  "no-cache": { type: "boolean" },
} as const;

export const SCALE_USAGE = `  -j, --jobs N          worker threads for extraction (default: the number of cores, ${availableParallelism()} here);
                        the output is the same bytes whatever N
  --cache DIR           reuse extraction results stored here for unchanged documents (default for -o FILE:
                        ${CACHE_DIR_NAME}/ beside it); a new model or rules version starts the cache afresh
  --no-cache            extract every document and store nothing
`;

export function jobsOption(command: string, v: string | undefined): number {
  const jobs = intOption(command, "jobs", v, availableParallelism());
  if (jobs < 1) throw new CliError(`newsgraph ${command}: --jobs must be at least 1, got ${v}`);
  return jobs;
}

/** The cache for this run: --cache DIR, else beside the output file (none when writing to stdout), or none with --no-cache. */
export function openCache(
  command: string,
  values: { cache?: string; "no-cache"?: boolean },
  output: string | undefined,
): ExtractionCache | null {
  if (values["no-cache"]) {
    if (values.cache)
      throw new CliError(`newsgraph ${command}: --cache and --no-cache contradict each other; pass one`);
    return null;
  }
  const dir = values.cache ?? (output && output !== "-" ? path.join(path.dirname(output), CACHE_DIR_NAME) : undefined);
  if (!dir) return null;
  try {
    const v = versions();
    return new ExtractionCache(dir, v.extractor, v.library);
  } catch (e) {
    throw new CliError((e as Error).message, 1);
  }
}
