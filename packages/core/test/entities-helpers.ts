// Test helpers for the entities stage: sentences with marked NER spans ("{PER:Ilse Varga}") run through segment → entities.
import { segment } from "../src/text/segment.ts";
import { groupEntities } from "../src/entities/group.ts";
import { testLexicon } from "./support/resources.ts";
import type { DocEntities, NerLabel, RawMention } from "../src/schema/stages.ts";

/** Strip "{LABEL:text}" marks; the marked spans become the raw mentions an NER model would give. */
export function marked(src: string): { text: string; raw: RawMention[] } {
  const raw: RawMention[] = [];
  let text = "";
  let last = 0;
  for (const m of src.matchAll(/\{(PER|ORG|LOC|MISC):([^}]+)\}/g)) {
    text += src.slice(last, m.index);
    raw.push({
      start: text.length,
      end: text.length + m[2]!.length,
      text: m[2]!,
      label: m[1] as NerLabel,
      rule: "test:ner",
    });
    text += m[2]!;
    last = m.index + m[0].length;
  }
  return { text: text + src.slice(last), raw };
}

export function entitiesOf(src: string, id = "doc"): DocEntities & { text: string } {
  const { text, raw } = marked(src);
  const out = groupEntities({ id, text }, segment(text), raw, { lexicon: testLexicon() });
  return { ...out, text };
}

/** "kind:name" for every entity, sorted: easy to compare in a table. */
export function summary(e: DocEntities): string[] {
  return e.entities.map((x) => `${x.kind}:${x.name}`).sort();
}

export function affiliations(e: DocEntities): string[] {
  return e.relations
    .filter((r) => r.kind === "affiliated_with")
    .map((r) => `${r.source} -> ${r.target}${r.role ? ` [${r.role}]` : ""}${r.former ? " former" : ""}`)
    .sort();
}
