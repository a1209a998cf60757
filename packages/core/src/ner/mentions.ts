// Stage `mentions`: typed name spans. Placeholder rule (capitalised runs) until the trained model lands (issue 4).
import type { Document, RawMention, Resources, Segmentation } from "../pipeline/types.ts";

export function findMentions(doc: Document, seg: Segmentation, _res: Resources): RawMention[] {
  const out: RawMention[] = [];
  const toks = seg.tokens;
  for (const s of seg.sentences) {
    let i = s.firstToken;
    while (i <= s.lastToken) {
      if (/^\p{Lu}\p{Ll}+/u.test(toks[i]!.text) && i !== s.firstToken) {
        let j = i;
        while (j + 1 <= s.lastToken && /^\p{Lu}/u.test(toks[j + 1]!.text)) j++;
        const start = toks[i]!.start;
        const end = toks[j]!.end;
        out.push({ start, end, text: doc.text.slice(start, end), label: "PER", rule: "rule:capitalised-run" });
        i = j + 1;
      } else i++;
    }
  }
  return out;
}
