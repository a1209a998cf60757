// Option checking for the training, evaluation and analysis scripts: `--help` prints the usage, an unknown option is an error.
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Stops the script when `args` hold an option it does not read. The usage is the script's own header: its leading
 * comment lines up to the first import, so one text documents and checks the options. Before this, a mistyped
 * option was silently ignored and the script ran with its defaults, and `--help` ran the script itself.
 * Negative numbers (`--shift -0.5`) and `--` are values, not options.
 */
export function checkOptions(scriptUrl: string, name: string, known: readonly string[], args = process.argv.slice(2)) {
  const allowed = new Set(known);
  const unknown = args.filter((a) => a.startsWith("-") && a !== "--" && !allowed.has(a) && !/^-\d/.test(a));
  if (!unknown.length) return;
  const help = unknown.every((a) => a === "--help" || a === "-h");
  const usage = usageOf(scriptUrl);
  if (help) console.log(usage);
  else
    console.error(
      `newsgraph/${name}: unknown option ${unknown.join(", ")}; check the spelling. The options are:\n${usage}`,
    );
  process.exit(help ? 0 : 2);
}

/**
 * Checks `args` against the options the script's usage names (every `--word` in its header comment) plus `shared`.
 * For the analysis scripts, whose options are read where they are used: the header is then the one list to keep.
 */
export function checkDocumentedOptions(scriptUrl: string, shared: readonly string[], args = process.argv.slice(2)) {
  const documented = usageOf(scriptUrl).match(/--[a-z][a-z0-9-]*/g) ?? [];
  const name = path.basename(new URL(scriptUrl).pathname).replace(/\.[cm]?[jt]s$/, "");
  checkOptions(scriptUrl, name, [...documented, ...shared], args);
}

/** The script's leading comment, without its comment marks, as the usage text. */
export function usageOf(scriptUrl: string): string {
  const lines: string[] = [];
  for (const line of readFileSync(new URL(scriptUrl), "utf8").split("\n")) {
    if (!line.startsWith("//")) break;
    lines.push(line.replace(/^\/\/ ?/, ""));
  }
  return "usage: " + lines.join("\n");
}
