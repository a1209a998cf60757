// Test support: our sample articles in data/, extracted with their texts, as the corpus stages' tests build them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractDocument } from "../../src/pipeline/pipeline.ts";
import type { ExtractionRecord } from "../../src/schema/record.ts";
import { loadDefaultResources } from "./resources.ts";

const DATA = path.resolve(import.meta.dirname, "../../../../data");

/** One record per `data/*.txt`, in file-name order, each with its text (for evidence sentences). */
export function dataRecords(): ExtractionRecord[] {
  const res = loadDefaultResources();
  return readdirSync(DATA)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => extractDocument({ id: f, text: readFileSync(path.join(DATA, f), "utf8") }, res, { withText: true }));
}
