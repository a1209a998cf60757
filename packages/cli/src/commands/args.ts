// Argument parsing for the commands: node:util parseArgs, with errors that name the command and show its usage.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "../io.ts";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandArgs<O extends Options>(command: string, usage: string, argv: string[], options: O) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const msg = (e as Error).message.replace(/^[A-Z_]+: /, "");
    throw new CliError(`newsgraph ${command}: ${msg}\n${usage}`);
  }
}

/** A non-negative integer option value, or a usage error naming the option. */
export function intOption(command: string, name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) throw new CliError(`newsgraph ${command}: --${name} must be a whole number, got "${v}"`);
  return Number(v);
}
