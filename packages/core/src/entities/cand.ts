// A candidate entity span before grouping: what candidates.ts finds and spans.ts repairs (its own module, so neither imports the other).
import type { EntityKind } from "../schema/record.ts";
import type { OrgInfo } from "./lexicon/orgs.ts";

export interface Cand {
  /** token indices, inclusive */
  first: number;
  last: number;
  kind: EntityKind;
  /** canonical entity name */
  name: string;
  iso?: string;
  /** for a location: ISO code of its country */
  country?: string;
  org?: OrgInfo;
  outlet?: boolean;
  rule: string;
  /** the mention ends inside its last token ("UN" of "UN-led") */
  endChar?: number;
}
