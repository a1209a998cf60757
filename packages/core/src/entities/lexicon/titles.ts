// Titles, honorifics and military ranks: stripped from names for matching, kept as roles.

/** Words that can make up a role before a name ("Deputy Energy Minister", "White House envoy"). Lowercase keys. */
export const TITLE_WORDS = new Set([
  "president", "vice", "prime", "minister", "deputy", "foreign", "defense", "defence", "finance", "economy", "energy",
  "interior", "justice", "health", "trade", "home", "secretary", "general", "state", "chancellor", "premier", "king",
  "queen", "prince", "princess", "pope", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
  "governor", "gov.", "mayor", "ambassador", "envoy", "special", "spokesman", "spokeswoman", "spokesperson", "chief",
  "commissioner", "director", "head", "leader", "chairman", "chairwoman", "chair", "ceo", "executive", "senior",
  "officer", "commander", "commanding", "supreme", "allied", "admiral", "adm.", "gen.", "lt.", "col.", "colonel", "major", "maj.",
  "captain", "capt.", "lieutenant", "sergeant", "sgt.", "marshal", "field", "brigadier", "staff", "attorney", "judge",
  "justice", "speaker", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "professor", "sir", "dame",
  "lord", "lady", "rev.", "reverend", "sheikh", "emir", "crown", "first", "lady", "economist", "analyst", "adviser",
  "advisor", "coordinator", "humanitarian", "negotiator", "national", "security", "intelligence", "foreign", "affairs",
  "policy", "top", "former", "retired", "acting", "interim", "opposition", "party", "coach", "manager", "striker",
  "midfielder", "defender", "captain", "chancellor", "shadow", "labour", "conservative", "liberal", "democrat",
  "republican", "boss", "founder", "co-founder", "editor", "correspondent", "officials", "official", "army", "navy",
]);

/** Honorifics: dropped from the role (they say nothing about affiliation). */
export const HONORIFICS = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "prof.", "rev."]);

/** Military ranks: with "(Ret.)" or "Retired" the role is former. */
export const RANKS = new Set([
  "general", "gen.", "admiral", "adm.", "colonel", "col.", "lt.", "lieutenant", "major", "maj.", "captain", "capt.",
  "sergeant", "sgt.", "marshal", "brigadier", "commander",
]);

/** Markers before a role that make it a past one. */
export const FORMER = new Set(["former", "retired", "ex", "ex-", "onetime", "one-time", "erstwhile"]);

/** Name suffixes that are part of a person's identity: "Donald Trump Jr." is not "Donald Trump". */
export const SUFFIXES = new Set(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]);

/** Capitalised words that never start or end a person name (with the rule-based mention finder they slip in). */
export const NOT_NAME = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their",
  "Our", "Its", "But", "And", "Or", "If", "When", "While", "As", "In", "On", "At", "For", "From", "With", "By", "After",
  "Before", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
  "April", "May", "June", "July", "August", "September", "October", "November", "December", "Christmas", "Easter",
  "Mr", "Mrs", "Ms", "Dr", "Asked", "Speaking", "According", "Meanwhile", "However", "Some", "Many", "Members",
  "Residents", "Investigators", "Analysts", "Economists", "Officials", "Experts", "Sources", "Read", "Sign",
  "Subscribe", "Need", "Are", "Is", "Was", "Indeed", "Through", "Throughout", "Across", "Gas", "Deal", "Senate",
  "Although", "Though", "Despite", "Later", "Earlier", "Today", "Yesterday", "Because", "Since", "Yet", "So", "Then", "Now", "Still", "Also", "Even", "Only", "Troubled",
]);

/** Party words that may follow a person's name in a headline ("Blair Labour's longest-serving PM") but never end it. */
export const PARTY_WORDS = new Set(["Labour", "Conservative", "Conservatives", "Tory", "Tories", "Liberal", "Democrat", "Democrats", "Republican", "Republicans"]);
