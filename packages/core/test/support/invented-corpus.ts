// Generated news-like articles with invented names, for tests that need many documents (batches, threads, caches).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const FIRST = ["Talia", "Borin", "Odile", "Maren", "Casimir", "Ilse", "Teodor", "Verena", "Anselm", "Liora"];
const LAST = [
  "Brenmoor",
  "Vask",
  "Farrant",
  "Quellby",
  "Ostrander",
  "Wendholt",
  "Marchetti",
  "Aldous",
  "Penhallow",
  "Strand",
];
const ORGS = [
  "Harbour Gazette",
  "Norland Shipping Company",
  "Vessar Port Authority",
  "Ministry of Tides",
  "Kestrel Bank",
];
const PLACES = ["Vessar", "Norland", "Ostmark", "Pellia", "Corvane"];

/** The i-th article: a person with a role, a quote and a reported clause; different names and numbers for each i. */
export function inventedArticle(i: number): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const other = `${FIRST[(i + 3) % FIRST.length]} ${LAST[(i + 7) % LAST.length]}`;
  const org = ORGS[i % ORGS.length]!,
    place = PLACES[(i * 7) % PLACES.length]!;
  const surname = name.split(" ")[1];
  return [
    `${name}, the chief executive of ${org}, visited ${place} on Monday to discuss ${i + 3} new contracts.`,
    `“We will reopen the port within ${(i % 9) + 2} weeks,” ${surname} told reporters.`,
    `${other} said the plan would cost ${place} more than it admitted.`,
  ].join("\n\n");
}

/** A temporary folder `in/` holding articles `a000.txt`… for indices [from, to). */
export function inventedCorpus(count: number, root = mkdtempSync(path.join(tmpdir(), "ng-corpus-")), from = 0): string {
  mkdirSync(path.join(root, "in"), { recursive: true });
  for (let i = from; i < from + count; i++)
    writeFileSync(path.join(root, "in", `a${String(i).padStart(3, "0")}.txt`), inventedArticle(i));
  return root;
}
