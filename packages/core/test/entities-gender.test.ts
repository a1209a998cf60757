// Gender of the people in a document (for pronoun resolution): titles, gendered role nouns, and pronouns that follow a mention.
import { describe, expect, test } from "vitest";
import { marked } from "./entities-helpers.ts";
import { segment } from "../src/text/segment.ts";
import { groupEntities } from "../src/entities/group.ts";
import { testLexicon } from "./support/resources.ts";
import { personGenders } from "../src/entities/gender.ts";

function genders(src: string): Record<string, string> {
  const { text, raw } = marked(src);
  const seg = segment(text);
  const ents = groupEntities({ id: "doc", text }, seg, raw, { lexicon: testLexicon() });
  return Object.fromEntries(personGenders(text, seg, ents));
}

const rows: [string, string, Record<string, string>][] = [
  ["a female title", "Mrs {PER:Ilse Varnik} opened the session.", { "person:ilse-varnik": "female" }],
  [
    "a male title on a later surname mention",
    "{PER:Tomas Reuel} arrived late. Mr {PER:Reuel} apologised.",
    { "person:tomas-reuel": "male" },
  ],
  [
    "a gendered role noun",
    "{ORG:Calder Bank} spokeswoman {PER:Ilse Varnik} declined to comment.",
    { "person:ilse-varnik": "female" },
  ],
  [
    "two pronouns that follow the subject",
    "{PER:Tomas Reuel} said he would stay. He added that the plan was sound.",
    { "person:tomas-reuel": "male" },
  ],
  [
    "each person their own pronouns",
    "{PER:Ilse Varnik} said she was tired. She left early. {PER:Tomas Reuel} said he would stay. He added nothing.",
    { "person:ilse-varnik": "female", "person:tomas-reuel": "male" },
  ],
  ["nothing: a single pronoun is too weak", "{PER:Ilse Varnik} said he was lovely to work with.", {}],
  [
    "nothing: the pronoun follows another person, or a person who is not the subject",
    "{PER:Ilse Varnik} met {PER:Tomas Reuel}, and he said no. He left.",
    {},
  ],
  ["nothing: a pronoun inside a quotation", "{PER:Ilse Varnik} said: “He lied. He always lies.”", {}],
  [
    "a nationality ending in -man is no gendered noun",
    "{PER:Tomas Reuel}, a German, said he would stay. He added nothing.",
    { "person:tomas-reuel": "male" },
  ],
  [
    "nothing: a gendered common noun may be the antecedent",
    "{PER:Ilse Varnik} praised the chairwoman, and she thanked her. She smiled.",
    {},
  ],
  ["nothing: mixed evidence", "Mr {PER:Ilse Varnik} spoke. Mrs {PER:Ilse Varnik} agreed.", {}],
  [
    "a Mrs of the surname is someone else",
    "Mr {PER:Ilse Varnik} spoke. Mrs {PER:Varnik} agreed.",
    { "person:ilse-varnik": "male", "person:varnik": "female" },
  ],
  ["nothing: no evidence", "{PER:Ilse Varnik} opened the session.", {}],
];

describe("entities: gender of people", () => {
  test.each(rows)("%s", (_name, src, want) => {
    expect(genders(src)).toEqual(want);
  });
});
