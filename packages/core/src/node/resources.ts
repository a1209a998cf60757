// Node-only: load the default resources (model files, lexicons) from disk.
import type { Resources } from "../pipeline/types.ts";
import { loadNerModel } from "./load-ner.ts";
import { buildLexicon } from "../entities/lexicon/index.ts";
import { loadAttributionModel } from "./load-attribution.ts";

export function loadDefaultResources(): Resources {
  return { ner: loadNerModel(), lexicon: buildLexicon(), attribution: loadAttributionModel() };
}
