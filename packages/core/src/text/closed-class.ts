// Closed-class English words that both the entity and the statement lexicons build their lists from, each listed once.

/** Finite forms of "be" with a plural or third-person subject ("am" is listed apart: few lists want it). */
export const BE_FINITE: readonly string[] = ["is", "are", "was", "were"];
/** The infinitive and past participle of "be". */
export const BE_BASE: readonly string[] = ["be", "been"];
/** Every form of "have" a news sentence uses as an auxiliary. */
export const HAVE_FORMS: readonly string[] = ["has", "have", "had"];
/** Every form of "do" used as an auxiliary ("did not say", "does deny"). */
export const DO_FORMS: readonly string[] = ["do", "does", "did"];
/** Modal auxiliaries ("shall" is left out: news prose uses it in quotes, where few lists want it). */
export const MODALS: readonly string[] = ["will", "would", "can", "could", "may", "might", "must", "should"];
/** Articles. */
export const ARTICLES: readonly string[] = ["the", "a", "an"];
/** Days of the week, capitalised as written. */
export const WEEKDAYS: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];
/** Months, capitalised as written. */
export const MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
