// The source chooser's options and their features: keep the current source, or take a noun phrase of the cue's sentence.
import { isCap, isWord, type Ctx } from "./context.ts";
import type { Candidate } from "./clause.ts";
import { CUES } from "./lexicon.ts";
import { PRONOUNS, DETERMINERS } from "./lexicon-pronouns.ts";
import { npLeft, npToken, leftSubject, type SourceSpan } from "./source.ts";
import { mainSubject, plausibleSubject, verbGroupSubject } from "./main-subject.ts";
import { borrowedSubject } from "./clause-subject.ts";
import { wideSubject } from "./wide-subject.ts";
import { passiveParticiple } from "./passive-frames.ts";
import { sentenceOf, tokenAt } from "./sentences.ts";
import { ruleFamily } from "./content-ends.ts";
import { PASSIVE_BE, SUBJECT_LINKS } from "./lexicon-function-words.ts";
import { NOT_SOURCE_HEADS } from "./lexicon-sources.ts";
import type { ChooserDoc, RoleMap } from "./source-chooser-doc.ts";
import { STRING_CODER, type FeatureCoder } from "./source-chooser-hash.ts";
import { objectArray } from "../util/arrays.ts";

/** One option for an attribution's source: keep what it has (span null; the first option), or a noun phrase of its sentence. */
export interface SourceOption<K = string> {
  span: SourceSpan | null;
  feats: K[];
}

/** tokens before and after the cue an option may head (train CV: no loss against the whole sentence) */
const WINDOW_LEFT = 12;
const WINDOW_RIGHT = 6;
const LINKS: ReadonlySet<string> = new Set(SUBJECT_LINKS);
const NOT_HEADS: ReadonlySet<string> = new Set(NOT_SOURCE_HEADS);
export const KINDS = ["-", "PER", "ORG", "GPE", "LOC"] as const;
const bucket = (n: number) =>
  n <= 1
    ? "1"
    : n <= 2
      ? "2"
      : n <= 3
        ? "3"
        : n <= 5
          ? "4-5"
          : n <= 8
            ? "6-8"
            : n <= 12
              ? "9-12"
              : n <= 20
                ? "13-20"
                : "21+";
const DIGITS = ["0", "1", "2", "3", "4"];
/** which of the four subject readers' answers a phrase overlaps, as "0101" */
const BITS4 = [...Array(16).keys()].map((b) => b.toString(2).padStart(4, "0"));
const shape = (w: string) => (isCap(w) ? "C" : /^\p{N}/u.test(w) ? "9" : "l");
const POSSESSIVE = /^['’]s$/;
const BE: ReadonlySet<string> = new Set(PASSIVE_BE);

/** A passive cue ("was asked", "are seen as", "being warned"): a form of "be" before its participle (adverbs between). */
function passiveCue(ctx: Ctx, cue: [number, number]): boolean {
  let p = cue[1];
  while (p > cue[0] && !passiveParticiple(ctx.keys[p]!)) p--;
  if (!passiveParticiple(ctx.keys[p]!)) return false;
  for (let t = p - 1; t >= Math.max(0, cue[0] - 3); t--) {
    if (BE.has(ctx.keys[t]!)) return true;
    if (!/ly$/.test(ctx.keys[t]!)) return false;
  }
  return false;
}

/** Another attribution's source is shared whole, never in part (finish.ts drops a partly overlapping one). */
function shared(roles: RoleMap, span: SourceSpan): SourceSpan {
  for (let i = span.first; i <= span.last; i++) {
    const other = roles.source[i];
    if (other) return other;
  }
  return span;
}

/** What kind of word heads a phrase: a pronoun, a noun-phrase word (or a verb form), a cue word, anything else. */
function headClass(ctx: Ctx, t: number, low: string, pron: boolean): string {
  if (pron) return "pron";
  if (!npToken(ctx, t)) return CUES.has(low) ? "cue" : "x";
  return /(?:ing|ed)$/.test(low) ? "v?" : "n";
}

/**
 * The options of attribution `c`: keep its source (or none), or the noun phrase headed at a word of its sentence outside
 * quotes and its own content and cue (a mention's whole span, a pronoun, else the phrase read leftwards from the word).
 * The current source is described with the same features as every other phrase, plus its own, so the two compare.
 */
export function sourceOptions<K = string>(
  ctx: Ctx,
  doc: ChooserDoc,
  roles: RoleMap,
  c: Candidate,
  coder: FeatureCoder<K> = STRING_CODER as unknown as FeatureCoder<K>,
): SourceOption<K>[] {
  const { role } = roles;
  const cue = c.cue!;
  const family = ruleFamily(c.rule);
  const keys = ctx.keys;
  const cueWord = keys[cue[0]]!;
  const cueKind = CUES.get(cueWord)?.kind ?? "open";
  const cur = c.source;
  const passive = String(passiveCue(ctx, cue));
  const curKind = cur ? (cur.pronoun ? "pron" : KINDS[doc.kinds[cur.last]!]!) : "none";
  const [s0, s1] = sentenceOf(ctx, cue[0]);
  const subject = leftSubject(ctx, cue[0], s0);
  // the other subject readers' answers: the clause's subject, the main clause's, the one before a verb group
  const readers = [
    subject,
    borrowedSubject(ctx, cue[0]),
    mainSubject(ctx, s0, cue[0]),
    verbGroupSubject(ctx, cue[0], s0),
  ];
  const first = tokenAt(ctx, c.start);
  const last = tokenAt(ctx, Math.max(c.start, c.end - 1));

  /** The features of the phrase `span` headed at token t (the same for the current source and the others). */
  const phrase = (out: K[], t: number, span: SourceSpan) => {
    const w = ctx.tokens[t]!.text;
    const low = keys[t]!;
    const kind = KINDS[doc.kinds[t]!]!;
    const pron = span.pronoun;
    const side = t < cue[0] ? "L" : "R";
    const d = bucket(side === "L" ? cue[0] - t : t - cue[1]);
    let commas = 0;
    let quote = false;
    let otherCue = false;
    const [a, b] = side === "L" ? [t + 1, cue[0] - 1] : [cue[1] + 1, t - 1];
    for (let i = a; i <= b; i++) {
      if (ctx.tokens[i]!.text === ",") commas++;
      if (ctx.qidx[i]! >= 0) quote = true;
      if (role[i] === 2) otherCue = true;
    }
    const prev = t > 0 ? keys[t - 1]! : "<s>";
    const next = t + 1 < keys.length ? keys[t + 1]! : "</s>";
    const what = pron ? `p:${low}` : kind !== "-" ? kind : shape(w);
    const head = headClass(ctx, t, low, pron);
    const pl = String(plausibleSubject(ctx, span));
    const fw = keys[span.first]!;
    const { cluster, coarse } = doc;
    let saidBits = 0;
    for (let r = 0; r < readers.length; r++) {
      const x = readers[r];
      if (x && x.first <= span.last && x.last >= span.first) saidBits |= 8 >> r;
    }
    const said = BITS4[saidBits]!;
    const adj = String(side === "L" ? t === cue[0] - 1 : t === cue[1] + 1);
    const ct = cluster(t);
    const put = coder.put;
    put(out, "O");
    put(out, "s=", side);
    put(out, "s=", side, "|d=", d);
    put(out, "s=", side, "|w=", what);
    put(out, "s=", side, "|d=", d, "|w=", what);
    put(out, "s=", side, "|f=", family);
    put(out, "s=", side, "|w=", what, "|f=", family);
    put(out, "s=", side, "|ck=", cueKind);
    put(out, "s=", side, "|cue=", cueWord);
    put(out, "s=", side, "|k=", c.kind);
    put(out, "w=", low);
    put(out, "s=", side, "|w=", low);
    put(out, "prev=", prev);
    put(out, "s=", side, "|prev=", prev);
    put(out, "next=", next);
    put(out, "s=", side, "|next=", next);
    put(out, "adj=", adj, "|s=", side);
    put(out, "poss=", String(POSSESSIVE.test(next)));
    put(out, "commas=", DIGITS[Math.min(commas, 3)], "|s=", side);
    put(out, "q=", String(quote), "|s=", side);
    put(out, "oc=", String(otherCue), "|s=", side);
    put(out, "start=", String(span.first === s0));
    put(out, "len=", bucket(span.last - span.first + 1));
    put(out, "h=", head);
    put(out, "h=", head, "|s=", side);
    put(out, "pl=", pl);
    put(out, "pl=", pl, "|s=", side, "|d=", d);
    put(out, "pl=", pl, "|h=", head, "|s=", side, "|f=", family);
    put(out, "fw=", fw);
    put(out, "fw=", fw, "|s=", side);
    put(out, "rd=", said);
    put(out, "rd=", said, "|s=", side, "|f=", family);
    put(out, "rd=", said, "|pl=", pl, "|h=", head);
    put(out, "c=", ct);
    put(out, "c=", ct, "|s=", side);
    put(out, "cn=", cluster(span.last + 1), "|s=", side);
    put(out, "cp=", cluster(span.first - 1), "|s=", side);
    put(out, "c1=", coarse(t), "|cn1=", coarse(span.last + 1));
    // a passive cue's agent, "by" right before the option's head ("seen by organizers"; train CV: level with "by"
    // before a longer phrase's first word, docs/notes/statements.md, eighteenth session)
    put(out, "pas=", passive, "|prev=", prev === "by" ? "by" : "-", "|s=", side);
  };

  const keepFeats = (): K[] => {
    const out: K[] = [];
    coder.put(out, "K");
    coder.put(out, "K|f=", family);
    coder.put(out, "K|k=", c.kind);
    coder.put(out, "K|cur=", curKind, "|f=", family);
    coder.put(out, "K|inh=", String(c.inherit));
    return out;
  };
  const heads: number[] = [cur ? cur.last : -1];
  const keep = keepFeats();
  if (cur) phrase(keep, cur.last, cur);
  const out: SourceOption<K>[] = [{ span: null, feats: keep }];
  const seen = new Set<number>();
  /** A phrase not yet offered that keeps clear of the current source: offered from now on. */
  const admit = (span: SourceSpan) => {
    if (cur && span.first <= cur.last && span.last >= cur.first) return false;
    const key = span.first * 0x4000000 + span.last;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  // a window around the cue: a source farther away is rare, and every option costs its features
  for (let t = Math.max(s0, cue[0] - WINDOW_LEFT); t <= Math.min(s1, cue[1] + WINDOW_RIGHT); t++) {
    const w = ctx.tokens[t]!.text;
    if (!isWord(w) || ctx.qidx[t]! >= 0 || (t >= first && t <= last) || (t >= cue[0] && t <= cue[1])) continue;
    if (cur && t >= cur.first && t <= cur.last) continue;
    const low = keys[t]!;
    // a determiner or "of" heads no phrase ("Ann Vale spent much of the" read leftwards from "the")
    if (DETERMINERS.has(low) || LINKS.has(low) || NOT_HEADS.has(low)) continue;
    const pron = PRONOUNS.has(low) || low === "who";
    const kind = KINDS[doc.kinds[t]!]!;
    // a mention counts once, by its last token
    if (kind !== "-" && doc.mLast[t] !== t) continue;
    let span: SourceSpan;
    if (pron) span = { first: t, last: t, pronoun: true };
    else if (doc.mFirst[t]! >= 0) span = { first: doc.mFirst[t]!, last: t, pronoun: false };
    else span = npLeft(ctx, t, s0) ?? { first: t, last: t, pronoun: false };
    span = shared(roles, span);
    if (!admit(span)) continue;
    const own = role[t] === 3 ? "src" : role[t] === 1 ? "con" : "-";
    const feats: K[] = [];
    phrase(feats, t, span);
    coder.put(feats, "own=", own);
    coder.put(feats, "own=", own, "|f=", family);
    out.push({ span, feats });
    heads.push(t);
  }
  // a subject reader's answer beyond the window ("Vale, who will retire after serving in Iran and France, praised …")
  const from = Math.max(s0, cue[0] - WINDOW_LEFT);
  for (const x of readers) {
    if (!x || x.last >= from || x.first < s0 || ctx.qidx[x.last]! >= 0 || !admit(x)) continue;
    const feats: K[] = [];
    phrase(feats, x.last, x);
    coder.put(feats, "far");
    out.push({ span: x, feats });
    heads.push(x.last);
  }
  // the main clause's subject after an opening phrase that holds the cue ("In describing Vale, Cruz said", "Having
  // announced that …, Judge Vale proceeded"): PolNeAR's source, beyond the window and the content
  const read = cue[1] < s1 ? wideSubject(ctx, s0, s1 + 1) : null;
  const wide = read && shared(roles, read);
  if (wide && wide.first > cue[1] && ctx.qidx[wide.last]! < 0 && admit(wide)) {
    const feats: K[] = [];
    phrase(feats, wide.last, wide);
    coder.put(feats, "wide");
    coder.put(feats, "wide|f=", family);
    out.push({ span: wide, feats });
    heads.push(wide.last);
  }
  // ranks: the k-th phrase from the cue on its side, and from the sentence's start on the left
  // a loop, not `.map(…).filter(…)`: TurboFan's inlined map makes a holey list where the builtin's is packed
  const order = objectArray<{ t: number; i: number }>();
  for (let i = 0; i < heads.length; i++) if (heads[i]! >= 0) order.push({ t: heads[i]!, i });
  const left = order.filter((x) => x.t < cue[0]).sort((a, b) => b.t - a.t);
  const right = order.filter((x) => x.t > cue[1]).sort((a, b) => a.t - b.t);
  const mark = (xs: { i: number }[], tag: string) =>
    xs.forEach((x, k) => {
      coder.put(out[x.i]!.feats, "rk=", tag, DIGITS[Math.min(k, 4)]);
      coder.put(out[x.i]!.feats, "rk=", tag, DIGITS[Math.min(k, 4)], "|f=", family);
    });
  mark(left, "L");
  mark(right, "R");
  left.reverse().forEach((x, k) => coder.put(out[x.i]!.feats, "ord=", DIGITS[Math.min(k, 3)]));
  return out;
}
