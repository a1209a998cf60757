// Medium: the outlet or platform a statement was made on ("told Fox News", "in a post on X", "told us" → the publisher).
import type { DocEntities, Document, Entity, Mention } from "../schema/stages.ts";
import { entityId } from "../entities/ids.ts";
import type { Ctx } from "./context.ts";
import { OUTLET_HINT, TIME_WORDS } from "./lexicon-clause-words.ts";
import { firstIndex } from "./spans.ts";
import { alternation } from "../util/word-regex.ts";
import { MEDIUM_NOUNS, MEDIUM_PREPOSITIONS, OUTLET_FOLLOWERS } from "./lexicon-nouns.ts";

const RUN = String.raw`((?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)`;
/** "told Fox News", "told us" — directly after the cue */
const TOLD_RE = new RegExp(String.raw`^\s+(?:(us|me)\b|` + RUN + ")", "u");
/** "in a post on X", "in an interview with CNN", "on Twitter" — anywhere in the window after the cue */
const ON_RE = new RegExp(
  String.raw`\b(?:(?:${alternation(MEDIUM_NOUNS)})\s+(?:${alternation(MEDIUM_PREPOSITIONS)})|on|to|with)\s+` + RUN,
  "gu",
);

/** What may follow an outlet's name: punctuation, the end, or a word that starts a new phrase. */
const PHRASE_END = new RegExp(
  String.raw`^(?:['’]s\b|\s*(?:[,.;:!?)”"—–-]|$)|\s+(?:${alternation(OUTLET_FOLLOWERS)})\b)`,
  "u",
);

/** An outlet's entity id, or the publisher ("told us"): both in one shape, which `finishStatements` meets in one map. */
export type MediumHit = { id: string | null; publisher: boolean };
const outletHit = (id: string): MediumHit => ({ id, publisher: false });

export class MediumFinder {
  private readonly mentions: Mention[];
  readonly entities = new Map<string, Entity>();
  readonly newMentions: Mention[] = [];
  private readonly toldCounts = new Map<string, number>();

  constructor(
    private readonly ctx: Ctx,
    private readonly ents: DocEntities,
    private readonly doc: Document,
  ) {
    this.mentions = [...ents.mentions].sort((a, b) => a.start - b.start);
  }

  /** Look for a medium in the token window [a, b] after a cue; `told` is true for tell-type cues. */
  find(a: number, b: number, told: boolean): MediumHit | null {
    const { text, tokens } = this.ctx;
    if (a > b || !tokens[a] || !tokens[b]) return null;
    const from = tokens[a - 1]?.end ?? tokens[a].start;
    const region = text.slice(from, tokens[b].end);
    if (told) {
      const m = TOLD_RE.exec(region);
      if (m?.[1]) return { id: null, publisher: true };
      if (m?.[2]) {
        const hit = this.outlet(from + m.index + m[0].length - m[2].length, m[2], true);
        if (hit) return hit;
      }
    }
    ON_RE.lastIndex = 0;
    for (let m = ON_RE.exec(region); m; m = ON_RE.exec(region)) {
      const hit = this.outlet(from + m.index + m[0].length - m[1]!.length, m[1]!, false);
      if (hit) return hit;
    }
    return null;
  }

  /** An outlet at [start, start+name.length): an organisation mention there, or a run that looks like an outlet. */
  private outlet(start: number, raw: string, told: boolean): MediumHit | null {
    const name = raw.replace(/(?:['’]s|\.)$/u, "").trim();
    if (!name || TIME_WORDS.test(name)) return null;
    const end = start + name.length;
    // "told Russian defence officials": the capitalised words only modify the addressee
    if (!PHRASE_END.test(this.ctx.text.slice(end, end + 12))) return null;
    let overlapping: Mention | null = null;
    // mentions are sorted by start; one that overlaps starts before `end` and (names being short) not long before `start`
    for (
      let i = firstIndex(this.mentions.length, (k) => this.mentions[k]!.start < start - 200);
      i < this.mentions.length;
      i++
    ) {
      const m = this.mentions[i]!;
      if (m.start >= end) break;
      if (m.end <= start) continue;
      overlapping = m;
      if (m.kind === "organization") break;
    }
    if (overlapping?.kind === "organization") {
      if (told) this.toldCounts.set(overlapping.entity, (this.toldCounts.get(overlapping.entity) ?? 0) + 1);
      return outletHit(overlapping.entity);
    }
    if (overlapping?.kind === "person" && !OUTLET_HINT.test(name)) return null;
    if (!OUTLET_HINT.test(name) && !(told && /^The\s/.test(name))) return null;
    const id = this.ensure(name);
    if (!overlapping && !this.newMentions.some((m) => m.start < end && m.end > start))
      this.newMentions.push({ start, end, text: name, kind: "organization", entity: id, rule: "statements:medium" });
    if (told) this.toldCounts.set(id, (this.toldCounts.get(id) ?? 0) + 1);
    return outletHit(id);
  }

  private ensure(raw: string): string {
    // an outlet named across a line break of hard-wrapped text is one name with one space
    const name = raw.replace(/\s+/g, " ");
    const lower = name.toLowerCase();
    const existing = this.ents.entities.find(
      (e) =>
        e.kind === "organization" &&
        (e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)),
    );
    if (existing) return existing.id;
    const id = entityId("organization", name);
    if (!this.entities.has(id))
      this.entities.set(id, { id, kind: "organization", name, aliases: [name], rules: ["statements:medium"] });
    return id;
  }

  /** "told us": the document's source when given, else the outlet the article itself is told things as. */
  publisher(): string | null {
    if (this.doc.source?.trim()) return this.ensure(this.doc.source.trim());
    let best: string | null = null;
    let n = 0;
    for (const [id, c] of this.toldCounts) if (c > n) [best, n] = [id, c];
    return best;
  }
}
