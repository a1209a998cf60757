// compromise as a baseline tagger: people()/organizations()/places() over the sentence text, mapped to IOB2 tags.
import nlp from "compromise";

type Hit = { offset: { start: number; length: number } };

export function compromiseTags(words: readonly string[]): string[] {
  const starts: number[] = [];
  let text = "";
  for (const w of words) {
    if (text) text += " ";
    starts.push(text.length);
    text += w;
  }
  const tags: string[] = words.map(() => "O");
  const doc = nlp(text);
  const mark = (hits: Hit[], type: string) => {
    for (const h of hits) {
      const a = h.offset.start;
      const b = a + h.offset.length;
      let first = true;
      for (let i = 0; i < words.length; i++) {
        const s = starts[i]!;
        const e = s + words[i]!.length;
        if (s >= a && e <= b && tags[i] === "O") {
          tags[i] = `${first ? "B" : "I"}-${type}`;
          first = false;
        }
      }
    }
  };
  mark(doc.people().json({ offset: true }) as Hit[], "PER");
  mark(doc.organizations().json({ offset: true }) as Hit[], "ORG");
  mark(doc.places().json({ offset: true }) as Hit[], "LOC");
  return tags;
}
