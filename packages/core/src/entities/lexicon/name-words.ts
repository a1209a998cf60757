// Words inside or beside names: particles, last words of events, company suffixes, ambiguous heads.

/** Last words that make a capitalised run an event or a thing, never a person. */
export const NOT_LAST: ReadonlySet<string> = new Set([
  "War",
  "Operation",
  "Day",
  "Games",
  "Cup",
  "League",
  "Act",
  "Bill",
  "Treaty",
  "Accord",
  "Summit",
  "Operations",
  "Awards",
  "Prize",
  "Festival",
  "Street",
  "Road",
  "Avenue",
  "Square",
]);
export const PREV_OK: ReadonlySet<string> = new Set([
  "In",
  "At",
  "From",
  "To",
  "The",
  "And",
  "But",
  "For",
  "On",
  "By",
  "With",
  "Both",
  "As",
]);
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "del",
  "della",
  "di",
  "da",
  "du",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "ben",
  "dos",
  "das",
]);
/** Words that end a company's full name and that the article may leave off ("Vantor" for "Vantor Electronics"). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  "Electronics",
  "Group",
  "Corporation",
  "Corp",
  "Corp.",
  "Inc",
  "Inc.",
  "Ltd",
  "Ltd.",
  "plc",
  "PLC",
  "Holdings",
  "Company",
  "Co",
  "Co.",
  "Industries",
  "Technologies",
  "Enterprises",
  "Mobile",
]);
/** Last words of team names whose first word alone names the team ("Fenwick goalkeeper" after "Fenwick Wanderers"). */
export const TEAM_SUFFIXES: ReadonlySet<string> = new Set([
  "United",
  "City",
  "Town",
  "Rovers",
  "Wanderers",
  "Athletic",
  "Albion",
  "Rangers",
  "Hotspur",
  "Harriers",
]);
/** Organisation heads too common as ordinary words to start a run on their own ("Jungle TV", "Oil Corporation" is fine via the model). */
export const AMBIGUOUS_HEADS: ReadonlySet<string> = new Set([
  "TV",
  "Radio",
  "News",
  "Press",
  "Post",
  "Times",
  "Oil",
  "Energy",
  "United",
  "Capital",
  "Club",
  "Party",
  "Service",
  "Office",
]);
/** Particles that may open a name in lower case ("van Gaal", "al-Assad", "bin Salman"): a sentence's first word is not one. */
export const NAME_OPENING_PARTICLES: readonly string[] = ["van", "von", "de", "al", "el", "bin"];
/** Words joining the capitalised words of a name ("Bank of England", "Marks & Spencer", "Office for …"). */
export const NAME_CONNECTORS: readonly string[] = ["of", "for", "and", "&", "the", "on", "de"];
/** Words joining the words of an organisation's title-cased name ("Ministry of Defence", "the Office for …"). */
export const ORG_CONNECTORS: readonly string[] = ["of", "for", "the"];
/** Endings a transliterated name spells in several ways, all read as "i" ("Zelenskyy", "Zelenskiy", "Zelensky"). */
export const NAME_ENDINGS_AS_I: readonly string[] = ["iy", "yy", "yi", "ii", "ij", "y"];
/** Nouns of contests that an award's name modifies ("Oscar nominations", "the Bafta ceremony"); a name rarely does. */
export const AWARD_NOUNS: readonly string[] = [
  "nomination",
  "nominations",
  "nominee",
  "nominees",
  "ceremony",
  "ceremonies",
  "categories",
  "statuette",
  "statuettes",
  "hopefuls",
  "contenders",
];
/** Words that make an organisation's name a government body: "the Defence Ministry", "the Central Bank". */
export const ORG_HEAD_WORDS: readonly string[] = [
  "ministry",
  "government",
  "parliament",
  "embassy",
  "army",
  "navy",
  "cabinet",
  "force",
  "bank",
];
export const ORG_BODY_WORDS: readonly string[] = [
  ...ORG_HEAD_WORDS,
  "foreign",
  "defense",
  "defence",
  "interior",
  "finance",
  "energy",
  "justice",
  "economy",
  "health",
  "trade",
  "security",
  "intelligence",
  "air",
  "central",
  "state",
];
