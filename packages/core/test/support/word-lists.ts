// Finds word lists written into rule code: regex alternations of plain words and string arrays, for word-lists.test.ts.

/** A list found in a source file: where, and its words in the order written. */
export interface FoundList {
  file: string;
  line: number;
  words: string[];
}

/** A plain word: letters, apostrophes and inner hyphens ("op-ed", "won't"); no regex syntax. */
const WORD = String.raw`[A-Za-z'’]+(?:-[A-Za-z'’]+)*`;
/**
 * A literal alternative: a word or punctuation written as itself ("'s", "--", "&"), a word with an optional last letter
 * ("points?"), or a character class of punctuation ("[,:;]"); no other regex syntax.
 */
const LITERAL = String.raw`(?:(?:[A-Za-z'’&,;:—–-]|\\[.!?])+\??|\[[^\]\\A-Za-z]*\])`;
/** `(?:said|told|wrote)`, `(said|told|wrote)` or `(?:of|for|'s|&)`: a group of literal alternatives and nothing else. */
const REGEX_GROUP = new RegExp(String.raw`\((?:\?:)?((?:${LITERAL}\|)+${LITERAL})\)`, "g");
/** `["said", "told", "wrote"]`: an array of three or more string literals. */
const STRING_ARRAY = /\[\s*((?:"[^"\n]*"\s*,\s*){2,}"[^"\n]*"\s*,?)\s*\]/g;
const PLAIN = new RegExp(`^${WORD}$`);

/** Line comments removed (kept as blank text so line numbers stay), since a comment may split an array in two. */
function stripComments(src: string): string {
  return src.replace(/(^|[\s,;])\/\/.*$/gm, (m, lead: string) => lead + " ".repeat(m.length - lead.length));
}

function lineOf(src: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index; i++) if (src.charCodeAt(i) === 10) n++;
  return n;
}

/** Every list of three or more plain words in the source: regex alternations and string arrays. */
export function findLists(file: string, source: string): FoundList[] {
  const src = stripComments(source);
  const out: FoundList[] = [];
  // three or more plain words make a list; "(?:-|–|—)" or "(?:and|,)" do not
  for (const m of src.matchAll(REGEX_GROUP)) {
    const words = (m[1] ?? "").split("|");
    if (words.filter((w) => PLAIN.test(w.replace(/\?$/, ""))).length >= 3)
      out.push({ file, line: lineOf(src, m.index), words });
  }
  for (const m of src.matchAll(STRING_ARRAY)) {
    const words = [...(m[1] ?? "").matchAll(/"([^"\n]*)"/g)].map((w) => w[1] ?? "");
    if (words.every((w) => PLAIN.test(w))) out.push({ file, line: lineOf(src, m.index), words });
  }
  return out;
}

/** The same set of words written down more than once (order and repeats ignored): each group of copies. */
export function duplicateLists(lists: FoundList[]): FoundList[][] {
  const byKey = new Map<string, FoundList[]>();
  for (const l of lists) {
    const key = [...new Set(l.words)].sort().join("|");
    byKey.set(key, [...(byKey.get(key) ?? []), l]);
  }
  return [...byKey.values()].filter((g) => g.length > 1);
}

/** Words a list names twice ("argue" twice among the speech verbs): a sign two copies were merged by hand. */
export function repeatedWords(list: FoundList): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const w of list.words) (seen.has(w) ? twice : seen).add(w);
  return [...twice];
}
