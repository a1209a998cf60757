// Node-only: read and validate a corrections file (newsgraph.config.json or --corrections FILE).
import { readFileSync } from "node:fs";
import { Corrections } from "@newsgraph/core";

export interface LoadedCorrections {
  corrections: Corrections;
  warnings: string[];
}

/** Parse the file; a malformed file is an error naming the file and the field, never a silent skip. */
export function loadCorrections(file: string): LoadedCorrections {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(
      `newsgraph/corrections: cannot read ${file}: ${(e as Error).message}; fix the JSON or pass another --corrections file`,
      { cause: e },
    );
  }
  // newsgraph.config.json may hold other settings: the corrections live under "corrections" there
  const body = typeof json === "object" && json !== null && "corrections" in json ? json.corrections : json;
  const parsed = Corrections.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(
      `newsgraph/corrections: invalid corrections in ${file}: ${where}; see README "Corrections" for the format`,
    );
  }
  const warnings: string[] = [];
  const c = parsed.data;
  if (c.merge.length + c.split.length + c.rename.length + c.retype.length + c.delete.length === 0)
    warnings.push(`newsgraph/corrections: ${file} has no corrections`);
  return { corrections: c, warnings };
}
