// Node-only: load the default resources (model files, lexicons) from disk.
import type { Resources } from "@newsgraph/core";
import { loadNerModel } from "./load-ner.ts";
import { buildLexicon } from "@newsgraph/core";
import { loadAttributionModel } from "./load-attribution.ts";

export function loadDefaultResources(): Resources {
  return { ner: loadNerModel(), lexicon: buildLexicon(), attribution: loadAttributionModel() };
}
