// The `newsgraph` command line: dispatch to src/commands/*, map errors to messages and exit codes.
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CliError, type CliIO } from "./io.ts";
import { describeWriteError } from "./output.ts";

export const USAGE = `newsgraph: build a knowledge graph of people, organisations, countries and statements from English news.

usage: newsgraph <command> [options]

commands:
  extract <inputs…> [-o out.jsonl]            one extraction record per document (JSON Lines)
  build <inputs…> -o graph.json [--gexf F]    merge the documents into one graph (graphology JSON, GEXF)
  export <graph> --to gexf|graphml|json       convert a graph
  ner --conll FILE                            tag CoNLL-2003 column input (PER/ORG/LOC/MISC, IOB2)
  view <graph.json|graph.gexf>                explore a graph in the browser
  worker --queue redis://HOST:PORT            extract the jobs of newsgraph extract --queue (any number of machines)

Run newsgraph <command> --help for a command's options. Exit code: 0 when every input was processed,
1 when an input was skipped or a command failed, 2 for a usage error.
`;

type Command = (argv: string[], io: CliIO) => number | Promise<number>;

// Each command is imported only when it runs: the library, the model and the viewer server are heavy, and
// `newsgraph --version` or `--help` must start at once.
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import("./commands/extract.ts")).extractCommand,
  build: async () => (await import("./commands/build.ts")).buildCommand,
  export: async () => (await import("./commands/export.ts")).exportCommand,
  ner: async () => (await import("./commands/ner.ts")).nerCommand,
  view: async () => (await import("./commands/view.ts")).viewCommandEntry,
  worker: async () => (await import("./commands/worker.ts")).workerCommand,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "--help" || cmd === "-h" || cmd === "help") {
    io.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  if (cmd === "--version" || cmd === "-v") {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const load = COMMANDS[cmd];
  if (!load) {
    io.stderr.write(`newsgraph: unknown command "${cmd}"\n\n${USAGE}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`${e.message.trimEnd()}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

export const processIO: CliIO = { stdout: process.stdout, stderr: process.stderr, readStdin: () => readFileSync(0) };

/** The process entry (used by bin/newsgraph.mjs and `tsx src/cli.ts`): real streams, exit code, crash report. */
export async function main(argv = process.argv.slice(2)): Promise<void> {
  // `pnpm newsgraph …` runs in the workspace root; resolve the user's relative paths from where they typed it
  if (process.env.npm_lifecycle_event === "newsgraph" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  // `newsgraph extract … | head` closes the pipe early: stop quietly instead of crashing with EPIPE
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    // stdout redirected to a file on a full disk or past `ulimit -f`: say so and fail, never exit 0 over a short file
    process.stderr.write(
      `newsgraph: could not write standard output: ${describeWriteError(e)}; the output is incomplete\n`,
    );
    process.exit(1);
  });
  // under `ulimit -f` the kernel sends SIGXFSZ, which kills by default: ignored, the write fails with EFBIG instead and
  // AtomicFile reports it and keeps the old output
  if (process.platform !== "win32") process.on("SIGXFSZ", () => {});
  try {
    process.exitCode = await run(argv, processIO);
  } catch (e) {
    process.stderr.write(
      `newsgraph: internal error: ${(e as Error).stack ?? String(e)}\nPlease report this with the command you ran.\n`,
    );
    process.exitCode = 70;
  }
}

/** True when this file is the program being run (`tsx src/cli.ts`); the bin launcher calls main() itself. */
function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMain()) await main();
