// `newsgraph extract <inputs…> [-o out.jsonl] [--with-text] [--strict]`: one extraction record per document, as JSONL.
import { loadDefaultResources } from "../resources.ts";
import { AtomicFile, type CliIO } from "../io.ts";
import { runExtraction, summaryLine } from "../session.ts";
import { parseCommandArgs } from "./args.ts";

export const EXTRACT_USAGE = `usage: newsgraph extract <inputs…> [-o out.jsonl] [--with-text] [--strict]

Writes one JSON extraction record per document (JSON Lines) to -o, or to stdout.
Inputs: .txt/.md files, .html/.htm saved articles, .jsonl ({id?, text, title?, date?, url?, source?} a line),
folders (searched recursively) and - for standard input, mixed freely.

  -o, --output FILE   write here (atomically: a temp file renamed at the end)
  --with-text         include each document's text in its record (HTML-derived documents always have it)
  --strict            stop at the first problem instead of skipping the input
`;

export function extractCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs("extract", EXTRACT_USAGE, argv, {
    output: { type: "string", short: "o" },
    "with-text": { type: "boolean" },
    strict: { type: "boolean" },
  });
  if (values.help) {
    io.stdout.write(EXTRACT_USAGE);
    return 0;
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
