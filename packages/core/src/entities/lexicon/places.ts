// Places that are never countries (continents, regions, seas), US states, and a few well-known sub-national places.

/** Continents, regions and seas: location entities with no country. */
export const REGIONS = [
  "Europe", "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe", "Southern Europe", "Asia",
  "Central Asia", "South Asia", "Southeast Asia", "East Asia", "Africa", "North Africa", "West Africa", "East Africa",
  "Sub-Saharan Africa", "North America", "South America", "Latin America", "Central America", "Middle East",
  "Near East", "Far East", "Balkans", "Caucasus", "Scandinavia", "Baltics", "Black Sea", "Baltic Sea", "Caspian Sea",
  "Mediterranean", "Atlantic", "Pacific", "Arctic", "Antarctica", "Antarctic", "Indian Ocean", "Red Sea",
  "South China Sea", "Gulf", "Persian Gulf", "Sahel", "Oceania", "Eurasia", "Caribbean", "Horn of Africa",
];
/** "the West" and its adjective are regions, never countries. */
export const REGION_ADJECTIVES = new Set(["European", "Europeans", "Western", "Asian", "African", "Arab", "Latin", "Eastern", "Nordic", "Baltic", "Balkan"]);

export const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
  "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
  "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington State",
  "West Virginia", "Wisconsin", "Wyoming",
];
/** Words around "Georgia" that make it the US state rather than the country. */
export const US_STATE_CUES = new Set(["Atlanta", "Savannah", "Augusta", "Macon", "Athens", "Republican", "Democrat", "Democratic", "Senator", "Sen.", "Governor", "Gov.", "state"]);

/** A small gazetteer of sub-national places frequent in international news, with their country. */
export const PLACES: Record<string, string> = {
  Kherson: "UA", Zaporizhzhia: "UA", Luhansk: "UA", Donetsk: "UA", Pokrovsk: "UA", Kharkiv: "UA", Odesa: "UA",
  Odessa: "UA", Lviv: "UA", Mariupol: "UA", Bakhmut: "UA", Dnipro: "UA", Crimea: "UA", Donbas: "UA", Sumy: "UA",
  "St Petersburg": "RU", "St. Petersburg": "RU", Belgorod: "RU", Kursk: "RU", Chechnya: "RU", Siberia: "RU",
  "New York": "US", "Los Angeles": "US", Chicago: "US", "San Francisco": "US", Boston: "US", Miami: "US", Houston: "US",
  Atlanta: "US", Savannah: "US", "Silicon Valley": "US", "Wall Street": "US", Hollywood: "US",
  Manchester: "GB", Liverpool: "GB", Birmingham: "GB", Glasgow: "GB", Edinburgh: "GB", Cardiff: "GB", Belfast: "GB",
  Leeds: "GB", Scotland: "GB", Wales: "GB", England: "GB", "Northern Ireland": "GB",
  Gaza: "PS", "West Bank": "PS", Shanghai: "CN", "Hong Kong": "HK", Mumbai: "IN", Sydney: "AU", Melbourne: "AU",
  Toronto: "CA", Geneva: "CH", Davos: "CH", Munich: "DE", Frankfurt: "DE", Hamburg: "DE", Milan: "IT",
  Barcelona: "ES", Istanbul: "TR", Poti: "GE", Batumi: "GE", Constanta: "RO", Iasi: "RO", Gdansk: "PL",
};
