// Load a module another part of newsgraph provides (NER runner, corrections), with a clear error while it is absent.
import { CliError } from "../io.ts";

/**
 * Import `../<file>` relative to src/node. The specifier is computed so the CLI still starts (and other commands
 * work) in a checkout where that module has not landed yet.
 */
export async function importOptional<T>(file: string, what: string): Promise<T> {
  const url = new URL(`../${file}`, import.meta.url).href;
  try {
    return (await import(url)) as T;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND" || /Cannot find module|Failed to load url|does not exist/i.test((e as Error).message)) {
      throw new CliError(`newsgraph: ${what} is not available yet (src/node/${file} is missing); update your checkout`, 1);
    }
    throw e;
  }
}
