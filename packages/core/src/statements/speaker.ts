// Speaker resolution: a source span to an entity id — names, surnames, pronouns, "the general", organisations and countries.
import type { DocEntities, Entity, Mention } from "../schema/stages.ts";
import type { Ctx } from "./context.ts";
import type { Gender } from "../entities/gender.ts";
import { PRONOUNS, PERSON_RELATIVES, POSSESSIVE_PERSONS } from "./lexicon-pronouns.ts";
import { firstIndex } from "./spans.ts";
import { alternation } from "../util/word-regex.ts";

const PERSON_RELATIVE = new RegExp(String.raw`^[\s,]*(?:${alternation(PERSON_RELATIVES)})\s+$`, "i");

export interface Resolved {
  id: string | null;
  rule: string;
}

export interface PrevSpeaker {
  id: string;
  paragraph: number;
}

const PRONOUN_WINDOW = 300;

function lastWord(name: string): string {
  const parts = name.split(/\s+/);
  return (parts[parts.length - 1] ?? "").toLowerCase().replace(/['’]s$/, "");
}

/** Levenshtein distance capped at 2, enough to accept a one-letter typo in a surname. */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a.length < 5) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

export class SpeakerResolver {
  private readonly mentions: Mention[];
  private readonly byId = new Map<string, Entity>();
  private readonly count = new Map<string, number>();
  /** surname → person entities whose full name ends with it */
  private readonly surnames = new Map<string, string[]>();
  private descriptors: Map<string, { id: string; at: number }[]> | null = null;

  /**
   * person id → gender where the entities stage found one (the text first, then the first name: entities/gender.ts);
   * "he" never resolves to a "female" person
   */
  private readonly genders = new Map<string, Gender>();

  constructor(
    private readonly ctx: Ctx,
    private readonly ents: DocEntities,
  ) {
    this.mentions = [...ents.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const e of ents.entities) {
      this.byId.set(e.id, e);
      if (e.gender) this.genders.set(e.id, e.gender);
      if (e.kind !== "person") continue;
      for (const n of [e.name, ...e.aliases]) {
        if (!/\s/.test(n.trim())) continue;
        const s = lastWord(n);
        const list = this.surnames.get(s) ?? [];
        if (!list.includes(e.id)) list.push(e.id);
        this.surnames.set(s, list);
      }
    }
    for (const m of this.mentions) this.count.set(m.entity, (this.count.get(m.entity) ?? 0) + 1);
  }

  /** Index of the first mention whose start is >= pos. */
  private lower(pos: number): number {
    return firstIndex(this.mentions.length, (i) => this.mentions[i]!.start < pos);
  }

  private inQuote(pos: number): boolean {
    const qs = this.ctx.quotes;
    const q = qs[firstIndex(qs.length, (i) => qs[i]!.close <= pos)];
    return q !== undefined && q.open <= pos && pos < q.close;
  }

  resolve(start: number, end: number, text: string, prev: PrevSpeaker | null, paragraph: number): Resolved {
    // a possessive source ("his criticism of …", near-sources.ts) is resolved as its personal pronoun
    const lower = text.toLowerCase();
    const low = POSSESSIVE_PERSONS.get(lower) ?? lower;
    if (low === "who" || low === "which") return this.relative(start);
    const pron = PRONOUNS.get(low);
    if (pron)
      return this.pronoun(pron, start, prev, paragraph, low === "he" ? "male" : low === "she" ? "female" : null);
    // mentions inside the source span: a person first, else an organisation, country or place; an apposition's
    // names ("Ann Vale QC, a member of Ivo Reyl's chambers") count only when the head before its comma has none
    const comma = text.indexOf(",");
    const head = comma > 0 ? this.inSpan(start, start + comma) : null;
    let best: Mention | null = head;
    // a named head nobody tagged ("Philippe Tarn QC, a member of Ivo Reyl's chambers") is not the apposition's name
    const namedHead = comma > 0 && !head && /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,}\p{Lu}/u.test(text.slice(0, comma));
    if (!best && !namedHead)
      for (
        let i = this.lower(Math.max(0, start - 200));
        i < this.mentions.length && this.mentions[i]!.start < end;
        i++
      ) {
        const m = this.mentions[i]!;
        if (m.end <= start) continue;
        if (!best || (m.kind === "person" && best.kind !== "person")) best = m;
      }
    if (best) {
      if (best.kind === "person") {
        const full = this.fullName(best.entity, best.text);
        if (full) return full;
      }
      return { id: best.entity, rule: `mention:${best.kind}` };
    }
    const bare = /^\p{Lu}[\p{L}'’-]+$/u.test(text) ? this.fullName(null, text) : null;
    if (bare) return bare;
    if (/^the\s/i.test(text)) return this.descriptor(lastWord(text), start);
    return { id: null, rule: "unresolved" };
  }

  /** The best mention inside [start, end): a person first, else the first of any kind. */
  private inSpan(start: number, end: number): Mention | null {
    let best: Mention | null = null;
    for (let i = this.lower(start); i < this.mentions.length && this.mentions[i]!.start < end; i++) {
      const m = this.mentions[i]!;
      if (m.end <= end && (!best || (m.kind === "person" && best.kind !== "person"))) best = m;
    }
    return best;
  }

  /** "Ann Vale, who said …": the mention ending just before the relative pronoun. */
  private relative(start: number): Resolved {
    const i = this.lower(start) - 1;
    const m = this.mentions[i];
    if (m && start - m.end <= 3 && /^[\s,]*$/.test(this.ctx.text.slice(m.end, start)))
      return {
        id: this.fullName(m.kind === "person" ? m.entity : null, m.text)?.id ?? m.entity,
        rule: "relative-pronoun",
      };
    return { id: null, rule: "relative-pronoun:unresolved" };
  }

  /** A lone surname (or a one-letter misspelling of it) refers back to the full name used earlier. */
  private fullName(entity: string | null, text: string): Resolved | null {
    const e = entity ? this.byId.get(entity) : undefined;
    if (e && /\s/.test(e.name.trim())) return { id: e.id, rule: "mention:person" };
    const s = lastWord(text);
    const exact = this.surnames.get(s);
    if (exact && exact.length === 1 && exact[0] !== entity) return { id: exact[0]!, rule: "surname" };
    if (entity && e) {
      if (exact?.includes(entity) || (this.count.get(entity) ?? 0) > 1) return { id: entity, rule: "mention:person" };
    }
    const fuzzy: string[] = [];
    for (const [sur, ids] of this.surnames) if (near(sur, s)) for (const id of ids) fuzzy.push(id);
    if (fuzzy.length === 1) return { id: fuzzy[0]!, rule: "surname-variant" };
    return entity ? { id: entity, rule: "mention:person" } : null;
  }

  private pronoun(
    kind: string,
    start: number,
    prev: PrevSpeaker | null,
    paragraph: number,
    gender: Gender | null,
  ): Resolved {
    if (kind === "self") return { id: null, rule: "pronoun:first-person" };
    const want = kind === "person" ? ["person"] : ["organization", "country"];
    // a person the text genders otherwise is no antecedent ("she said" after "Mr Vale" and "Ms Reyl" is Reyl)
    const clash = (id: string) => gender !== null && this.genders.has(id) && this.genders.get(id) !== gender;
    let nearest: Mention | null = null;
    let prevSeen = false;
    for (let i = this.lower(start) - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.start < start - PRONOUN_WINDOW) break;
      if (
        !want.includes(m.kind) ||
        this.inQuote(m.start) ||
        clash(this.fullName(m.kind === "person" ? m.entity : null, m.text)?.id ?? m.entity)
      )
        continue;
      // "Reyl, who he dubbed …": the relative's antecedent is the object, never the pronoun's referent
      if (PERSON_RELATIVE.test(this.ctx.text.slice(m.end, start))) continue;
      nearest ??= m;
      if (prev && m.entity === prev.id) prevSeen = true;
    }
    const prevKind = prev ? this.byId.get(prev.id)?.kind : undefined;
    const prevFits =
      prev !== null &&
      prevKind !== undefined &&
      want.includes(prevKind) &&
      paragraph - prev.paragraph <= 1 &&
      !clash(prev.id);
    if (prevFits && (prevSeen || !nearest)) return { id: prev.id, rule: "pronoun:previous-speaker" };
    if (nearest) {
      const full = kind === "person" ? this.fullName(nearest.entity, nearest.text) : null;
      return { id: full?.id ?? nearest.entity, rule: "pronoun:nearest" };
    }
    return { id: null, rule: "pronoun:unresolved" };
  }

  /** "the general" → the person the article described with that word (a title before the name, or an apposition). */
  private descriptor(head: string, start: number): Resolved {
    this.descriptors ??= this.buildDescriptors();
    const hits = this.descriptors.get(head.replace(/s$/, ""));
    let best: { id: string; at: number } | null = null;
    for (const h of hits ?? []) if (h.at < start && (!best || h.at > best.at)) best = h;
    return best ? { id: best.id, rule: "noun-phrase" } : { id: null, rule: "unresolved" };
  }

  private buildDescriptors(): Map<string, { id: string; at: number }[]> {
    const out = new Map<string, { id: string; at: number }[]>();
    const add = (w: string, id: string, at: number) => {
      const k = w.toLowerCase().replace(/s$/, "");
      if (k.length < 3) return;
      const list = out.get(k) ?? [];
      list.push({ id, at });
      out.set(k, list);
    };
    for (const e of this.ents.entities)
      for (const r of e.roles ?? []) for (const w of r.role.split(/\s+/)) add(w, e.id, -1);
    const text = this.ctx.text;
    for (const m of this.mentions) {
      if (m.kind !== "person") continue;
      // titles just before the name: "Retired General Philip Breedlove"
      const before = text.slice(Math.max(0, m.start - 60), m.start).match(/((?:\p{L}+[ \t]+){0,3})$/u)?.[1] ?? "";
      for (const w of before.split(/\s+/)) if (w) add(w, m.entity, m.start);
      // an apposition right after it: "Glenn Corn, a former senior CIA officer,"
      const after = text.slice(m.end, m.end + 80).match(/^,\s+((?:[\p{L}'’-]+[ \t]*){1,8})/u)?.[1] ?? "";
      for (const w of after.split(/\s+/)) if (w) add(w, m.entity, m.start);
    }
    return out;
  }
}
