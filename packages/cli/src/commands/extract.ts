// `newsgraph extract <inputs…> [-o out.jsonl] [--with-text] [--strict]`: one extraction record per document, as JSONL.
import { loadDefaultResources } from "../resources.ts";
import { AtomicFile, type CliIO } from "../io.ts";
import { runExtraction, summaryLine } from "../session.ts";
import { intOption, parseCommandArgs } from "./args.ts";

export const EXTRACT_USAGE = `usage: newsgraph extract <inputs…> [-o out.jsonl] [--with-text] [--strict] [--queue redis://HOST:PORT [--batch N]]

Writes one JSON extraction record per document (JSON Lines) to -o, or to stdout.
Inputs: .txt/.md files, .html/.htm saved articles, .jsonl ({id?, text, title?, date?, url?, source?} a line),
folders (searched recursively) and - for standard input, mixed freely.

  -o, --output FILE   write here (atomically: a temp file renamed at the end)
  --with-text         include each document's text in its record (HTML-derived documents always have it)
  --strict            stop at the first problem instead of skipping the input
  --queue URL         extract on workers (newsgraph worker --queue URL) through BullMQ on that Redis server;
                      the output is the same, in the same order
  --batch N           documents per queue job (default 20)
`;

export async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs("extract", EXTRACT_USAGE, argv, {
    output: { type: "string", short: "o" },
    "with-text": { type: "boolean" },
    strict: { type: "boolean" },
    queue: { type: "string" },
    batch: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(EXTRACT_USAGE);
    return 0;
  }
  if (values.queue) {
    const batch = Math.max(1, intOption("extract", "batch", values.batch, 20));
    const { extractViaQueue } = await import("../queue/produce.ts");
    return extractViaQueue(positionals, io, {
      url: values.queue, strict: !!values.strict, withText: !!values["with-text"], batch, window: 64,
      ...(values.output !== undefined ? { output: values.output } : {}),
    });
  }
  const file = values.output && values.output !== "-" ? new AtomicFile(values.output) : null;
  const write = (s: string) => (file ? file.write(s) : io.stdout.write(s));
  try {
    const { stats } = runExtraction(positionals, io, {
      strict: !!values.strict, withText: !!values["with-text"], resources: loadDefaultResources(), collect: false,
      onRecord: (r) => write(JSON.stringify(r) + "\n"),
    });
    file?.commit();
    io.stderr.write(summaryLine("extracted", stats) + (file ? ` → ${values.output}` : "") + "\n");
    return stats.errors > 0 ? 1 : 0;
  } catch (e) {
    file?.abort();
    throw e;
  }
}
