// Stage `entities`: typed entities, within-document coreference of names, roles and affiliations (issue 6).
import { packed, pushAll, mapPacked } from "../util/arrays.ts";
import type { DocEntities, Document, RawMention, Segmentation, Token } from "../schema/stages.ts";
import type { Entity, Mention, Relation } from "../schema/record.ts";
import { entityId } from "./ids.ts";
import type { Lexicon } from "./lexicon/index.ts";
import { findCandidates, type Cand } from "./candidates.ts";
import { clusterPersons, clusterGender } from "./persons.ts";
import { personGenders, roleGender, titleGender, type Gender } from "./gender.ts";
import { titleBefore, clauseAfter, type Affiliation } from "./affiliations.ts";
import { reverseApposition } from "./reverse-apposition.ts";
import { linkAcronyms, oneTypePerName, stateBodies } from "./orgs.ts";
import { dropCapitalGuesses } from "./guesses.ts";
import { dropThingNames } from "./things.ts";
import { typeThings } from "./kinds.ts";
import { articleTypes } from "./article-types.ts";
import { dropWorks } from "./works.ts";
import { attachLegalForms } from "./legal-forms.ts";
import { POSSESSIVE_END } from "../util/letters.ts";

/** What the `entities` stage reads: the lexicon, built once by the caller (buildLexicon) and never replaced here. */
export interface EntityResources {
  lexicon: Lexicon;
}

export function groupEntities(doc: Document, seg: Segmentation, raw: RawMention[], res: EntityResources): DocEntities {
  const lex = res.lexicon;
  const { text } = doc;
  const tokens = seg.tokens;
  const starts = new Set(seg.sentences.map((s) => s.firstToken));
  // every list of candidates is `packed`: an empty one has the shape of the others (util/arrays.ts objectArray)
  let cands = packed(findCandidates(text, tokens, packed(raw), lex, starts));
  cands = packed(attachLegalForms(text, tokens, cands));
  cands = packed(dropCapitalGuesses(text, seg, cands));
  cands = packed(oneTypePerName(text, tokens, cands));
  cands = packed(dropThingNames(text, tokens, cands));
  cands = packed(dropWorks(text, tokens, cands, lex.firstNames));
  cands = packed(typeThings(text, tokens, cands));
  cands = packed(articleTypes(text, tokens, cands));
  pushAll(cands, linkAcronyms(text, tokens, cands), stateBodies(text, tokens, cands, lex));
  cands.sort((a, b) => a.first - b.first || b.last - a.last);

  const candAt = new Map<number, Cand>(),
    candEnding = new Map<number, Cand>();
  for (const c of cands)
    if (c.kind !== "person" && c.kind !== "location") {
      candAt.set(c.first, candAt.get(c.first) ?? c);
      candEnding.set(c.last, c);
    }
  const persons = packed(cands.filter((c) => c.kind === "person"));
  const titles = mapPacked(persons, (p) => titleBefore(text, tokens, p, candEnding));
  const genders = mapPacked(persons, (p, i) => titleGender(text, tokens, p.first) ?? roleGender(titles[i]?.role));
  // pronouns that follow a full name ("Dorna Vale said she ...") gender it here, before lone surnames are resolved;
  // only worth the pass when some lone name carries a gender of its own ("Mr Vale")
  const names = mapPacked(persons, (p) => span(text, tokens, p));
  const fullKey = (i: number) =>
    names[i]!.includes(" ") ? `full:${names[i]!.replace(POSSESSIVE_END, "")}` : `lone:${i}`;
  const told = genders.some((g, i) => g && !names[i]!.includes(" "))
    ? personGenders(text, seg, {
        entities: [],
        relations: [],
        mentions: mapPacked(persons, (p, i) => ({
          start: tokens[p.first]!.start,
          end: tokens[p.last]!.end,
          text: names[i]!,
          kind: "person" as const,
          entity: fullKey(i),
        })),
      })
    : new Map<string, Gender>();
  const nameGender = (first: string, i: number) => told.get(fullKey(i)) ?? lex.firstNames.get(first);
  const { clusters, of } = clusterPersons(names, {
    titles: mapPacked(titles, (t) => t?.role.toLowerCase() ?? null),
    genders,
    nameGender,
  });
  // two people of one name and different genders ("Mrs Vale" and "Mr Vale"): the second gets a numbered id; clusters
  // whose names merely slug alike ("Kilroy-Silk", "Kilroy Silk") share one id as before
  const clusterIds = new Map<number, string>(),
    usedIds = new Map<string, number>();
  for (const k of of) {
    if (clusterIds.has(k)) continue;
    const g = clusterGender(clusters[k]!);
    let id = entityId("person", clusters[k]!.name);
    for (let n = 2; usedIds.has(id) && g && ![undefined, g].includes(clusterGender(clusters[usedIds.get(id)!]!)); n++)
      id = entityId("person", `${clusters[k]!.name} ${n}`);
    clusterIds.set(k, id);
    if (!usedIds.has(id)) usedIds.set(id, k);
  }

  const entities = new Map<string, Entity>();
  const idOf = new Map<Cand, string>();
  const countryId = (iso: string) => entityId("country", lex.countries.get(iso)?.name ?? iso);
  const touch = (c: Cand, id: string, rawName: string, rules: Iterable<string>) => {
    // a name broken across a line of hard-wrapped text ("BP North America\nInc") is one name with one space
    const name = oneLine(rawName);
    let e = entities.get(id);
    if (!e) {
      e = { id, kind: c.kind, name, aliases: [name], rules: [] };
      if (c.kind === "country" && c.iso) e.iso = c.iso;
      if (c.kind === "location" && c.country) e.country = countryId(c.country);
      entities.set(id, e);
    }
    const surface = oneLine(span(text, tokens, c));
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    for (const r of rules) if (!e.rules!.includes(r)) e.rules!.push(r);
    idOf.set(c, id);
  };
  persons.forEach((p, i) => {
    const cl = clusters[of[i]!]!;
    touch(p, clusterIds.get(of[i]!)!, cl.name, [p.rule, ...cl.rules]);
  });
  for (const c of cands) if (c.kind !== "person") touch(c, entityId(c.kind, c.name), c.name, [c.rule]);

  const mentions: Mention[] = packed(
    mapPacked(cands, (c) => ({
      start: tokens[c.first]!.start,
      end: c.endChar ?? tokens[c.last]!.end,
      text: span(text, tokens, c),
      kind: c.kind,
      entity: idOf.get(c)!,
      rule: c.rule,
    })),
  );
  const relations = new Map<string, Relation>();
  const addRel = (r: Relation) => {
    const k = `${r.kind}|${r.source}|${r.target}|${r.role ?? ""}`;
    if (!relations.has(k) && r.source !== r.target && entities.has(r.target)) relations.set(k, r);
  };
  const addAff = (p: Cand, a: Affiliation) => {
    const e = entities.get(idOf.get(p)!)!;
    const at = a.target ? idOf.get(a.target) : undefined;
    const roles = (e.roles ??= []);
    const role = oneLine(a.role);
    if (role && !roles.some((r) => r.role === role && r.at === at))
      roles.push({ role, ...(a.former ? { former: true } : {}), ...(at ? { at } : {}) });
    if (!e.rules!.includes(`affiliation:${a.rule}`)) e.rules!.push(`affiliation:${a.rule}`);
    if (at)
      addRel({
        kind: "affiliated_with",
        source: e.id,
        target: at,
        ...(a.role ? { role: a.role } : {}),
        former: a.former,
        start: tokens[a.first]!.start,
        end: tokens[a.last]!.end,
        rule: a.rule,
      });
  };
  persons.forEach((p, i) => {
    if (titles[i]) addAff(p, titles[i]);
    for (const a of clauseAfter(text, tokens, p, candAt)) addAff(p, a);
    const rev = reverseApposition(text, tokens, p, candEnding, cands);
    if (rev) addAff(p, rev);
  });
  // organisations and places belong to countries named in the same document
  for (const c of cands) {
    const iso = c.kind === "organization" ? (c.org?.country ?? c.iso) : c.kind === "location" ? c.country : undefined;
    if (!iso) continue;
    const kind = c.kind === "location" ? "located_in" : (c.org?.rel ?? "based_in");
    addRel({
      kind,
      source: idOf.get(c)!,
      target: countryId(iso),
      start: tokens[c.first]!.start,
      end: tokens[c.last]!.end,
      rule: c.rule,
    });
  }
  const out = { entities: packed([...entities.values()]), mentions, relations: packed([...relations.values()]) };
  // gender, for resolution across documents: what the text says (titles, role nouns, pronouns), else the cluster's first name
  const said = personGenders(text, seg, out);
  // clusters that share an id: the last one's gender, set once (a field rewritten after it was set throws away the
  // optimised code that relied on it, in every thread)
  const genderOf = new Map<string, Gender>();
  for (const [k, id] of clusterIds) {
    const g = said.get(id) ?? (clusters[k]!.parsed.parts.length >= 2 ? clusterGender(clusters[k]!) : undefined);
    if (g) genderOf.set(id, g);
  }
  for (const [id, g] of genderOf) entities.get(id)!.gender = g;
  return out;
}

export function span(text: string, tokens: Token[], c: { first: number; last: number; endChar?: number }): string {
  return text.slice(tokens[c.first]!.start, c.endChar ?? tokens[c.last]!.end);
}

const SPACES = /\s+/g;
const oneLine = (s: string) => s.replace(SPACES, " ");
