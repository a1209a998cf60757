// Inflectional endings the attribution tagger's crude lemma strips (learned/word-classes.ts), one list.

/**
 * Longest first: `pledged`/`pledges`/`pledging` → `pledg`, and `claims of` shares the noun's weights with `claim of`.
 * Not a morphology: only a shared feature key for the forms of a word.
 */
export const INFLECTION_ENDINGS = ["ing", "ied", "ies", "ed", "es", "s", "e"] as const;
