// `newsgraph worker --queue redis://HOST:PORT [--lock-ms MS]`: an extraction worker for `newsgraph extract --queue`.
import { CliError, type CliIO } from "../io.ts";
import { intOption, parseCommandArgs } from "./args.ts";

export const WORKER_USAGE = `usage: newsgraph worker --queue redis://HOST:PORT [--lock-ms MS]

Takes extraction jobs from the BullMQ queue on that Redis server until stopped (Ctrl-C, SIGTERM) and sends back
one record per document. Start any number, on any machines that reach Redis; a producer
(newsgraph extract --queue redis://HOST:PORT INPUTS… -o records.jsonl) collects the records in input order.

  --queue URL     the Redis server (redis://[user:password@]HOST:PORT[/DB], rediss:// for TLS)
  --lock-ms MS    job lock time (default 30000): a job whose worker died is handed to another after about this
                  long; keep it well above the time one document takes
`;

export async function workerCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs("worker", WORKER_USAGE, argv, {
    queue: { type: "string" },
    "lock-ms": { type: "string" },
  });
  if (values.help) {
    io.stdout.write(WORKER_USAGE);
    return 0;
  }
  if (!values.queue) throw new CliError(`newsgraph worker: --queue redis://HOST:PORT is required\n${WORKER_USAGE}`);
  if (positionals.length > 0)
    throw new CliError(
      `newsgraph worker: takes no inputs (got ${positionals[0]}); give them to newsgraph extract --queue\n${WORKER_USAGE}`,
    );
  const lockMs = intOption("worker", "lock-ms", values["lock-ms"], 30_000);
  if (lockMs < 500) throw new CliError(`newsgraph worker: --lock-ms must be at least 500, got ${lockMs}`);
  const { runWorker } = await import("../queue/work.ts");
  const { loadDefaultResources } = await import("../resources.ts");
  const until = new Promise<void>((stop) => {
    process.once("SIGINT", () => stop());
    process.once("SIGTERM", () => stop());
  });
  return runWorker(io, { url: values.queue, lockMs, resources: loadDefaultResources, until });
}
