// Regular expressions built from word lists, so the lists stay data in the lexicon and the rules only read them.

/** Escapes the characters that mean something in a regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One alternation of the words, escaped and longest first (then alphabetical), without duplicates: longest first so an
 * unanchored match takes "interview" before "in"; sorted so the same list always gives the same source.
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)];
  if (unique.length === 0) throw new Error("word-regex: an empty word list matches nothing; give at least one word");
  return unique
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(escapeRegex)
    .join("|");
}

/** A regex matching exactly one of the words (the whole string): `^(?:a|b|c)$`. */
export function wordRegex(words: Iterable<string>, flags = ""): RegExp {
  return new RegExp(`^(?:${alternation(words)})$`, flags);
}

/** The words with their first letter capitalised ("he" → "He"), for rules that accept both spellings but not "HE". */
export function capitalised(words: readonly string[]): string[] {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}
