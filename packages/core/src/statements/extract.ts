// Stage `statements`: who said what. Placeholder returning nothing until issue 5 lands.
import type { DocEntities, Document, Resources, Segmentation, StatementsResult } from "../pipeline/types.ts";

export function extractStatements(_doc: Document, _seg: Segmentation, _ents: DocEntities, _res: Resources): StatementsResult {
  return { statements: [], entities: [], mentions: [] };
}
