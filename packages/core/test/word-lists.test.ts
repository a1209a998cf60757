// Rules as data: no word list is written into the rule code of statements/ or entities/, and none is written twice.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { duplicateLists, findLists, repeatedWords, type FoundList } from "./support/word-lists.ts";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src");
const AREAS = ["statements", "entities"];

/** Lists that are no rule: names of tags and roles, and evaluation code. */
const NOT_RULES: Record<string, string> = {
  "statements/learned/tags.ts": "the tagger's BIO tag names",
  "statements/learned/gold.ts": "the gold roles of an attribution",
  "entities/gold.ts": "evaluation code (gold entity kinds)",
  "statements/source-chooser.ts": "the chooser file's scope names (a schema enum)",
};

/** Lexicon files hold the lists: `lexicon*.ts`, and every file under a `lexicon/` folder. */
const isLexicon = (rel: string) => /(^|\/)lexicon[^/]*\.ts$/.test(rel) || rel.split("/").includes("lexicon");

function sources(): { rel: string; text: string }[] {
  const out: { rel: string; text: string }[] = [];
  for (const area of AREAS)
    for (const e of readdirSync(path.join(SRC, area), { recursive: true, encoding: "utf8" }))
      if (e.endsWith(".ts")) {
        const rel = `${area}/${e.split(path.sep).join("/")}`;
        out.push({ rel, text: readFileSync(path.join(SRC, rel), "utf8") });
      }
  return out.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

const show = (l: FoundList) =>
  `${l.file}:${l.line} (${l.words.slice(0, 6).join("|")}${l.words.length > 6 ? "|…" : ""})`;

describe("the word-list scanner", () => {
  test("finds a regex alternation and a string array of plain words, with their lines", () => {
    const src = 'const A = /^(?:said|told|wrote)$/;\n// a comment (x|y|z)\nconst B = new Set(["he", "she", "they"]);\n';
    expect(findLists("x.ts", src)).toEqual([
      { file: "x.ts", line: 1, words: ["said", "told", "wrote"] },
      { file: "x.ts", line: 3, words: ["he", "she", "they"] },
    ]);
  });

  test("leaves out short lists, regex syntax and strings that are not words", () => {
    const src =
      'const A = /^(?:a|an)$/; const B = /(?:1[89]|20)\\d\\d/; const C = ["—", "–", "-"]; const D = /(?:\\s+|x|y|z)/; /(?:and|,|-)/';
    expect(findLists("x.ts", src)).toEqual([]);
  });

  test("a list mixing words and punctuation written as itself counts", () => {
    expect(findLists("x.ts", "const A = /^(?:of|for|'s|’s|-|&)$/;")).toEqual([
      { file: "x.ts", line: 1, words: ["of", "for", "'s", "’s", "-", "&"] },
    ]);
  });

  test("a list with optional plurals or a punctuation class counts", () => {
    expect(findLists("x.ts", "const A = /^(?:[,:;]|--|but|and|points?)$/;").map((l) => l.words)).toEqual([
      ["[,:;]", "--", "but", "and", "points?"],
    ]);
  });

  test("a list written twice, in any order, is caught", () => {
    const a = findLists("a.ts", "const A = /^(?:who|which|whose)$/i;");
    const b = findLists("b.ts", 'const B = ["whose", "who", "which"];');
    expect(duplicateLists([...a, ...b]).map((g) => g.map((l) => l.file))).toEqual([["a.ts", "b.ts"]]);
    expect(duplicateLists(a)).toEqual([]);
  });

  test("a word named twice in one list is caught", () => {
    const [l] = findLists("a.ts", 'const A = ["argue", "claim", "argue"];');
    expect(l && repeatedWords(l)).toEqual(["argue"]);
  });
});

describe.each(AREAS)("%s/", (area) => {
  const files = sources().filter((f) => f.rel.startsWith(`${area}/`));

  test("rule code holds no inline word list (they live in the lexicon files)", () => {
    const inline = files
      .filter((f) => !isLexicon(f.rel) && !(f.rel in NOT_RULES))
      .flatMap((f) => findLists(f.rel, f.text));
    expect(inline.map(show)).toEqual([]);
  });

  test("no word list appears twice", () => {
    const lists = files.flatMap((f) => findLists(f.rel, f.text));
    expect(duplicateLists(lists).map((g) => g.map(show))).toEqual([]);
  });

  test("no list names a word twice", () => {
    const lists = files.flatMap((f) => findLists(f.rel, f.text));
    expect(lists.flatMap((l) => repeatedWords(l).map((w) => `${show(l)}: ${w}`))).toEqual([]);
  });
});
