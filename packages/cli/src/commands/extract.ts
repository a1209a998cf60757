// `newsgraph extract <inputs…> [-o out.jsonl] [--with-text] [--strict] [--jobs N] [--cache DIR]`: one record per document, as JSONL.
import { loadDefaultResources } from "../resources.ts";
import { AtomicFile, checkOutputTarget, type CliIO } from "../io.ts";
import { runExtraction, summaryLine } from "../session.ts";
import { intOption, parseCommandArgs } from "./args.ts";
import { SCALE_OPTIONS, SCALE_USAGE, jobsOption, openCache } from "./scale-options.ts";

export const EXTRACT_USAGE = `usage: newsgraph extract <inputs…> [-o out.jsonl] [--with-text] [--strict] [--jobs N] [--cache DIR | --no-cache]
                         [--queue redis://HOST:PORT [--batch N]]

Writes one JSON extraction record per document (JSON Lines) to -o, or to stdout.
Inputs: .txt/.md files, .html/.htm saved articles, .jsonl ({id?, text, title?, date?, url?, source?} a line),
folders (searched recursively) and - for standard input, mixed freely.

  -o, --output FILE   write here (atomically: a temp file renamed at the end)
  --with-text         include each document's text in its record (HTML-derived documents always have it)
  --strict            stop at the first problem instead of skipping the input
${SCALE_USAGE}  --queue URL         extract on workers (newsgraph worker --queue URL) through BullMQ on that Redis server;
                      the output is the same, in the same order (--jobs and --cache apply to local runs)
  --batch N           documents per queue job (default 20)
`;

export async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs("extract", EXTRACT_USAGE, argv, {
    output: { type: "string", short: "o" },
    "with-text": { type: "boolean" },
    strict: { type: "boolean" },
    ...SCALE_OPTIONS,
    queue: { type: "string" },
    batch: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  if (values.output && values.output !== "-") checkOutputTarget(values.output, "extract", positionals);
  if (values.queue) {
    const batch = Math.max(1, intOption("extract", "batch", values.batch, 20));
    const { extractViaQueue } = await import("../queue/produce.ts");
    return extractViaQueue(positionals, io, {
      url: values.queue,
      strict: !!values.strict,
      withText: !!values["with-text"],
      batch,
      window: 64,
      ...(values.output !== undefined ? { output: values.output } : {}),
    });
  }
  const jobs = jobsOption("extract", values.jobs);
  const file = values.output && values.output !== "-" ? new AtomicFile(values.output) : null;
  // after the output file: a missing output folder is reported as such, not created by the cache
  let cache;
  try {
    cache = openCache("extract", values, values.output);
  } catch (e) {
    file?.abort();
    throw e;
  }
  const write = (s: string) => (file ? file.write(s) : io.stdout.write(s));
  try {
    const { stats } = await runExtraction(positionals, io, {
      strict: !!values.strict,
      withText: !!values["with-text"],
      resources: loadDefaultResources,
      jobs,
      cache,
      collect: false,
      onRecord: (json) => write(json + "\n"),
    });
    file?.commit();
    io.stderr.write(summaryLine("extracted", stats) + cacheNote(stats) + (file ? ` → ${values.output}` : "") + "\n");
    return stats.errors > 0 ? 1 : 0;
  } catch (e) {
    file?.abort();
    throw e;
  }
}

/** "; 2 threads, 120 of 130 from cache" after the summary, when threads or the cache were used. */
export function cacheNote(s: { threads: number; cached: number; documents: number }): string {
  const parts = [
    ...(s.threads > 1 ? [`${s.threads} threads`] : []),
    ...(s.cached > 0 ? [`${s.cached} of ${s.documents} from cache`] : []),
  ];
  return parts.length ? `; ${parts.join(", ")}` : "";
}
