// Node-only: load the default resources (model files, lexicons) from disk.
import type { Resources } from "../pipeline/types.ts";

export function loadDefaultResources(): Resources {
  return { ner: null, lexicon: null };
}
