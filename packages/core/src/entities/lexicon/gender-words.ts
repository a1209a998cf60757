// Words that carry gender: titles, pronouns and role nouns.

export const MALE_TITLES: ReadonlySet<string> = new Set([
  "mr",
  "mr.",
  "sir",
  "lord",
  "king",
  "prince",
  "duke",
  "baron",
  "father",
  "brother",
  "count",
  "earl",
  "sheikh",
  "emir",
]);
export const FEMALE_TITLES: ReadonlySet<string> = new Set([
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "miss",
  "lady",
  "dame",
  "queen",
  "princess",
  "duchess",
  "baroness",
  "sister",
  "countess",
  "madam",
  "madame",
]);
export const MALE_PRONOUNS: ReadonlySet<string> = new Set(["he", "him", "his", "himself"]);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(["she", "her", "hers", "herself"]);
/** Role nouns that carry gender; "chairman" and "actor" are used for women too and are left out (and any "-woman"). */
export const FEMALE_ROLE_NOUNS: readonly string[] = [
  "actress",
  "queen",
  "princess",
  "duchess",
  "baroness",
  "countess",
  "empress",
  "chairwoman",
  "spokeswoman",
  "congresswoman",
  "mother",
  "wife",
  "daughter",
  "sister",
  "widow",
  "girlfriend",
  "heiress",
  "hostess",
  "waitress",
];
export const MALE_ROLE_NOUNS: readonly string[] = [
  "spokesman",
  "congressman",
  "businessman",
  "sportsman",
  "king",
  "prince",
  "duke",
  "emperor",
  "father",
  "husband",
  "son",
  "brother",
  "widower",
  "boyfriend",
];
/** Pronouns that open a sentence about a person and tell their gender ("He said", "Herself a lawyer, …"). */
export const GENDERED_SUBJECTS: readonly string[] = ["he", "she", "himself", "herself"];
