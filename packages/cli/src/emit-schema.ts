// Writes packages/core/schema/*.schema.json from the zod schemas (`pnpm schema`); a test checks they are up to date.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { jsonSchemas } from "@newsgraph/core";

// the committed schemas live in @newsgraph/core beside the zod sources they come from
export const SCHEMA_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@newsgraph/core/package.json")),
  "schema",
);

export function writeSchemas(dir = SCHEMA_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(jsonSchemas()).map(([name, content]) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const f of writeSchemas()) process.stdout.write(`wrote ${path.relative(process.cwd(), f)}\n`);
}
