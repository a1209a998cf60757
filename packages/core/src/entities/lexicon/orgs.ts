// Known organisations, outlets and platforms: canonical name, surface forms (acronym + expansion), and home country.

export interface OrgInfo {
  /** canonical name; the entity id is derived from it, so keep it stable */
  name: string;
  forms: string[];
  /** ISO code of the country it belongs to or is based in */
  country?: string;
  /** part_of for organs of a state, based_in for everything else */
  rel?: "based_in" | "part_of";
  outlet?: boolean;
}

const STATE = "part_of" as const;

export const ORGS: OrgInfo[] = [
  { name: "CIA", forms: ["CIA", "Central Intelligence Agency"], country: "US", rel: STATE },
  { name: "FBI", forms: ["FBI", "Federal Bureau of Investigation"], country: "US", rel: STATE },
  { name: "NSA", forms: ["National Security Agency"], country: "US", rel: STATE },
  { name: "Pentagon", forms: ["Pentagon", "Department of Defense", "Defense Department"], country: "US", rel: STATE },
  { name: "State Department", forms: ["State Department", "Department of State"], country: "US", rel: STATE },
  { name: "White House", forms: ["White House"], country: "US", rel: STATE },
  { name: "Congress", forms: ["Congress", "U.S. Congress", "US Congress"], country: "US", rel: STATE },
  { name: "U.S. Senate", forms: ["U.S. Senate", "US Senate"], country: "US", rel: STATE },
  { name: "U.S. Army", forms: ["U.S. Army", "US Army", "United States Army"], country: "US", rel: STATE },
  { name: "U.S. Army Europe", forms: ["U.S. Army Europe", "US Army Europe"], country: "US", rel: STATE },
  { name: "U.S. Navy", forms: ["U.S. Navy", "US Navy", "United States Navy"], country: "US", rel: STATE },
  { name: "U.S. Air Force", forms: ["U.S. Air Force", "US Air Force"], country: "US", rel: STATE },
  { name: "Federal Reserve", forms: ["Federal Reserve", "Fed"], country: "US", rel: STATE },
  { name: "Downing Street", forms: ["Downing Street", "No 10"], country: "GB", rel: STATE },
  { name: "MI6", forms: ["MI6", "Secret Intelligence Service"], country: "GB", rel: STATE },
  { name: "MI5", forms: ["MI5"], country: "GB", rel: STATE },
  { name: "Bank of England", forms: ["Bank of England"], country: "GB", rel: STATE },
  { name: "FSB", forms: ["FSB", "Federal Security Service"], country: "RU", rel: STATE },
  { name: "NATO", forms: ["NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"] },
  { name: "EU", forms: ["EU", "E.U.", "European Union"] },
  { name: "European Commission", forms: ["European Commission"] },
  { name: "European Parliament", forms: ["European Parliament"] },
  { name: "European Central Bank", forms: ["European Central Bank", "ECB"] },
  { name: "UN", forms: ["UN", "U.N.", "United Nations"] },
  { name: "UN Security Council", forms: ["UN Security Council", "U.N. Security Council", "Security Council", "United Nations Security Council"] },
  { name: "IMF", forms: ["IMF", "International Monetary Fund"] },
  { name: "World Bank", forms: ["World Bank"] },
  { name: "WTO", forms: ["WTO", "World Trade Organization", "World Trade Organisation"] },
  { name: "WHO", forms: ["World Health Organization", "World Health Organisation"] },
  { name: "OPEC", forms: ["OPEC", "Opec"] },
  { name: "G7", forms: ["G7", "G-7"] },
  { name: "G20", forms: ["G20", "G-20"] },
  { name: "OSCE", forms: ["OSCE"] },
  { name: "Rosneft", forms: ["Rosneft"], country: "RU", rel: "based_in" },
  { name: "Lukoil", forms: ["Lukoil"], country: "RU", rel: "based_in" },
  { name: "Gazprom", forms: ["Gazprom"], country: "RU", rel: "based_in" },
  // outlets and platforms: the medium of "told Fox News", "in a post on X"
  { name: "Fox News", forms: ["Fox News"], country: "US", rel: "based_in", outlet: true },
  { name: "CNN", forms: ["CNN"], country: "US", rel: "based_in", outlet: true },
  { name: "BBC", forms: ["BBC", "British Broadcasting Corporation"], country: "GB", rel: "based_in", outlet: true },
  { name: "Reuters", forms: ["Reuters"], outlet: true },
  { name: "Associated Press", forms: ["Associated Press", "AP"], outlet: true },
  { name: "Agence France-Presse", forms: ["Agence France-Presse", "AFP"], outlet: true },
  { name: "The Cipher Brief", forms: ["The Cipher Brief", "Cipher Brief"], outlet: true },
  { name: "The New York Times", forms: ["The New York Times", "New York Times"], outlet: true },
  { name: "The Washington Post", forms: ["The Washington Post", "Washington Post"], outlet: true },
  { name: "The Wall Street Journal", forms: ["The Wall Street Journal", "Wall Street Journal"], outlet: true },
  { name: "Financial Times", forms: ["Financial Times"], outlet: true },
  { name: "The Guardian", forms: ["The Guardian"], outlet: true },
  { name: "Bloomberg", forms: ["Bloomberg"], outlet: true },
  { name: "Politico", forms: ["Politico"], outlet: true },
  { name: "NBC", forms: ["NBC"], outlet: true },
  { name: "CBS", forms: ["CBS"], outlet: true },
  { name: "ABC", forms: ["ABC"], outlet: true },
  { name: "Sky News", forms: ["Sky News"], outlet: true },
  { name: "Al Jazeera", forms: ["Al Jazeera"], outlet: true },
  { name: "Tass", forms: ["Tass", "TASS"], country: "RU", rel: "based_in", outlet: true },
  { name: "X", forms: ["Twitter"], outlet: true },
  { name: "Facebook", forms: ["Facebook"], outlet: true },
  { name: "Telegram", forms: ["Telegram"], outlet: true },
  { name: "YouTube", forms: ["YouTube"], outlet: true },
  { name: "Truth Social", forms: ["Truth Social"], outlet: true },
];

/** "X" alone is only the platform after "on" ("a post on X"); the scanner checks that context. */
export const PLATFORM_X = "X";

/** Seats of government that stand for the state ("the Kremlin said"): always the country, never a place. */
export const SEATS: Record<string, string> = {
  Kremlin: "RU",
  "Élysée": "FR",
  Elysee: "FR",
  "Élysée Palace": "FR",
  Quirinale: "IT",
  "Blue House": "KR",
  Zhongnanhai: "CN",
};

/** Capitals that stand for an organisation rather than a country when they act ("Brussels warned"). */
export const ORG_CAPITALS: Record<string, string> = { Brussels: "EU" };

/** Last words that make a capitalised run an organisation, whatever the NER label. */
export const ORG_HEADS = new Set([
  "Administration", "Agency", "Airlines", "Airways", "Alliance", "Assembly", "Association", "Authority", "Bank", "Board", "Brief", "Bureau",
  "Capital", "Club", "College", "Commission", "Committee", "Company", "Corp", "Corp.", "Corporation", "Council", "Court",
  "Department", "Division", "Energy", "Federation", "Forum", "Foundation", "Fund", "Gazette", "Group", "Herald", "Holdings", "Inc", "Initiative",
  "Inc.", "Institute", "Journal", "Ledger", "LLC", "LNG", "Ltd", "Ltd.", "Ministry", "Motors", "News", "Office", "Oil",
  "Organisation", "Organization", "Parliament", "Partners", "Party", "Post", "Press", "Radio", "Reserve", "Service",
  "Society", "Systems", "Telegraph", "Television", "Times", "Tribune", "TV", "Union", "United", "University", "Wire",
  // company words: a name ending in one is a business, never a person ("Brisk Mobile", "Ostria Shipping")
  "Electronics", "Entertainment", "Industries", "Logistics", "Marine", "Media", "Mobile", "Networks", "Pharmaceuticals",
  "Securities", "Shipping", "Studios", "Technologies", "Telecom",
]);
/** Heads that mark a news outlet. */
export const OUTLET_HEADS = new Set(["Brief", "Gazette", "Herald", "Journal", "Ledger", "News", "Post", "Press", "Radio", "Telegraph", "Television", "Times", "Tribune", "TV", "Wire"]);
