// Word lists for names that are neither people nor organisations: facilities, events, vessels, products, works.
// What they become (README, "Entities"): a facility is a location (a place one can be at); events, vessels, products
// and works are no entity at all (their names stay in the text and in statements, they make no graph node).

/** Last words of facility names: buildings, sites and installations ("Kariba Dam", "Velmar Stadium"). */
export const FACILITY_HEADS = new Set([
  "Airport",
  "Arena",
  "Base",
  "Bridge",
  "Canal",
  "Castle",
  "Cathedral",
  "Dam",
  "Depot",
  "Field",
  "Hall",
  "Harbour",
  "Harbor",
  "Interconnector",
  "Mine",
  "Monument",
  "Park",
  "Pier",
  "Pipeline",
  "Plant",
  "Port",
  "Prison",
  "Reactor",
  "Refinery",
  "Shipyard",
  "Square",
  "Stadium",
  "Station",
  "Street",
  "Terminal",
  "Tower",
  "Tunnel",
  "Wharf",
]);

/** Last words of event names ("World Cup", "Harbour Festival", "Geneva Summit"). */
export const EVENT_HEADS = new Set([
  "Awards",
  "Championship",
  "Championships",
  "Conference",
  "Cup",
  "Derby",
  "Festival",
  "Games",
  "Grand Prix",
  "Marathon",
  "Olympics",
  "Open",
  "Summit",
  "Tournament",
  "Trophy",
  "War",
  "World Cup",
]);

/** Ship prefixes ("HMS Ardent", "MV Solace"). */
export const VESSEL_PREFIXES = new Set(["HMS", "USS", "MV", "MS", "RMS", "SS", "MT", "FV", "RV"]);

/** Nouns of works right before a title ("the film Ray"; "play" and "show" are also verbs before a name: "they play Chelsea", "polls show Blair ahead"). */
export const WORK_NOUNS: readonly string[] = [
  "film",
  "movie",
  "album",
  "song",
  "novel",
  "book",
  "musical",
  "opera",
  "sitcom",
  "documentary",
  "painting",
];

/** Nouns right before a name that make it a vessel, a product or a work ("the tanker Aurora", "the film Ray"). */
export const THING_NOUNS = new Set([
  // vessels ("carrier" is also an airline: "carrier Ryanair")
  "ship",
  "tanker",
  "vessel",
  "freighter",
  "frigate",
  "destroyer",
  "submarine",
  "yacht",
  "ferry",
  "cruiser",
  "trawler",
  // products ("model" is also a job: "model Kate Moss")
  "phone",
  "smartphone",
  "handset",
  "console",
  "tablet",
  "laptop",
  "browser",
  "drug",
  "vaccine",
  ...WORK_NOUNS,
]);

/** Facility heads that are also surnames ("Sally Field", "Ilse Hall"): a person span ending in one stays a person. */
export const SURNAME_HEADS = new Set([
  "Base",
  "Bridge",
  "Castle",
  "Field",
  "Hall",
  "Harbour",
  "Mine",
  "Park",
  "Pier",
  "Plant",
  "Port",
  "Square",
  "Station",
  "Street",
  "Tower",
  "Wharf",
]);

/** Plural organisation heads of a coordination ("Health and Education Departments") and their singular. */
export const PLURAL_HEADS: Record<string, string> = {
  Departments: "Department",
  Ministries: "Ministry",
  Agencies: "Agency",
  Committees: "Committee",
  Councils: "Council",
  Commissions: "Commission",
  Universities: "University",
  Banks: "Bank",
  Companies: "Company",
  Parties: "Party",
  Offices: "Office",
  Institutes: "Institute",
  Services: "Service",
  Authorities: "Authority",
  Courts: "Court",
};

/** Generic head nouns that name nothing on their own ("city", "church", "the Agency" with no agency named before). */
export const BARE_HEADS = new Set([
  "agency",
  "airport",
  "authority",
  "bank",
  "board",
  "bureau",
  "church",
  "city",
  "club",
  "college",
  "commission",
  "committee",
  "company",
  "council",
  "county",
  "court",
  "department",
  "district",
  "firm",
  "group",
  "hospital",
  "institute",
  "ministry",
  "office",
  "party",
  "port",
  "province",
  "region",
  "school",
  "stadium",
  "state",
  "station",
  "town",
  "union",
  "university",
  "village",
]);

/** Genre nouns right before a title ("the gritty drama Vera Drake", "biopic Kinsey"); added to THING_NOUNS' works. */
export const WORK_GENRES: readonly string[] = [
  "drama",
  "comedy",
  "biopic",
  "thriller",
  "blockbuster",
  "sequel",
  "prequel",
  "cartoon",
  "soap",
];

/** Nouns of serial works before a title ("the series Deadwood"); not evidence that an article is about works ("Test series"). */
export const WORK_SERIES: readonly string[] = ["series", "franchise"];

/** Nouns and verbs that put a title of a work after "in" ("his role in Closer", "she starred in Ray"). */
export const WORK_IN_CUES: readonly string[] = [
  "role",
  "roles",
  "performance",
  "performances",
  "appearance",
  "cameo",
  "starred",
  "stars",
  "starring",
  "co-starred",
  "co-starring",
  // with the part between ("playing Howard Hughes in The Aviator")
  "playing",
  "plays",
  "played",
];

/** Nouns of a contest right before a title ("favourites Million Dollar Baby and The Aviator", "nominee Sideways"). */
export const WORK_CONTEST_NOUNS: readonly string[] = [
  "favourite",
  "favourites",
  "favorite",
  "favorites",
  "contender",
  "contenders",
  "nominee",
  "nominees",
  "hopeful",
  "hopefuls",
  "frontrunner",
  "front-runner",
  "outsider",
];

/** Words before "for" that make what follows a work being honoured ("the Oscar for The Aviator", "best director for Ray"). */
export const WORK_AWARD_CUES: readonly string[] = [
  "award",
  "awards",
  "prize",
  "prizes",
  "nomination",
  "nominations",
  "nominated",
  "nod",
  "gong",
  "Oscar",
  "Oscars",
  "Bafta",
  "Baftas",
  "Emmy",
  "Emmys",
  "Grammy",
  "Grammys",
  "Globe",
  "Globes",
  "statuette",
];

/** What makes the name before it a work: "The Aviator, starring …", "Sideways is written and directed by". */
export const WORK_AFTER_CUES: readonly string[] = [
  "starring",
  "co-starring",
  "which stars",
  "which starred",
  "directed by",
  "written and directed by",
  "is directed by",
  "was directed by",
  "is written and directed by",
  "grossed",
];

/** Award categories before "for" ("best director for Ray", "best supporting actress for Closer"). */
export const WORK_CATEGORIES: readonly string[] = [
  "actor",
  "actress",
  "director",
  "film",
  "picture",
  "screenplay",
  "score",
  ...WORK_NOUNS,
];

/** Words that may follow a work noun in an apposition that types the name before it ("The Aviator, a film about …"). */
export const WORK_APPOSITION_NEXT: readonly string[] = [
  "about",
  "by",
  "that",
  "which",
  "starring",
  "based",
  "set",
  "biography",
  "adaptation",
  "of",
];
