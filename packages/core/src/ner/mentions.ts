// Stage `mentions`: typed name spans from the trained tagger (PER/ORG/LOC/MISC), one document at a time.
import type { Document, NerLabel, RawMention, Segmentation } from "../schema/stages.ts";
import { classChunks, TYPES } from "./iob.ts";
import type { NerModel } from "./model.ts";
import { tagDocumentClasses } from "./tagger.ts";
import { mapPacked } from "../util/arrays.ts";

export const NER_RULE = "ner:perceptron";

/** The label of each chunk type the tagger emits (its TYPES are exactly the NER labels). */
const LABELS: ReadonlyMap<string, NerLabel> = new Map(TYPES.map((t) => [t, t]));

/** What the `mentions` stage reads: the trained tagger, or null for the capitalised-run rule alone. */
export interface NerResources {
  ner: NerModel | null;
}

export function findMentions(doc: Document, seg: Segmentation, res: NerResources): RawMention[] {
  const model = res.ner;
  if (!model) return capitalisedRuns(doc, seg);
  const toks = seg.tokens;
  // one array of words per sentence, and chunks read from the class indices: this runs for every sentence
  const sentences = mapPacked(seg.sentences, (s) => {
    const words: string[] = [];
    for (let t = s.firstToken; t <= s.lastToken; t++) words.push(toks[t]!.text);
    return words;
  });
  const classes = tagDocumentClasses(model, sentences);
  const out: RawMention[] = [];
  seg.sentences.forEach((s, si) => {
    for (const c of classChunks(classes[si]!)) {
      const start = toks[s.firstToken + c.start]!.start;
      const end = toks[s.firstToken + c.end - 1]!.end;
      const label = LABELS.get(c.type);
      if (label !== undefined) out.push({ start, end, text: doc.text.slice(start, end), label, rule: NER_RULE });
    }
  });
  return out;
}

/** Fallback without a model: runs of capitalised words not at a sentence start, labelled PER. */
function capitalisedRuns(doc: Document, seg: Segmentation): RawMention[] {
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
