// Stage `resolve`: merge entities across documents. Placeholder: entities with the same id are one (issue 6).
import type { ExtractionRecord } from "../schema/record.ts";
import type { Resources } from "../pipeline/types.ts";

export interface Resolution {
  /** entity id in a record -> canonical node key */
  canonical: (docId: string, entityId: string) => string;
  /** why nodes were merged: canonical key -> [{rule, from}] */
  merges: Map<string, { rule: string; from: string }[]>;
}

export function resolveAcrossDocuments(_records: ExtractionRecord[], _res: Resources): Resolution {
  return { canonical: (_d, e) => e, merges: new Map() };
}
