// pnpm eval:entity-classes [--reuters N]: entities by kind, and counts of the junk classes issue 14 fixed, over BBC and the
// first N Reuters-21578 stories (default 2,000). Run it on two commits to list the classes of change.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../../packages/core/src/pipeline/pipeline.ts";
import { loadDefaultResources } from "../../packages/cli/src/resources.ts";
import type { Entity } from "../../packages/core/src/index.ts";
import { LEGAL_FORMS } from "../../packages/core/src/entities/lexicon/orgs.ts";
import { checkOptions } from "../options.ts";

checkOptions(import.meta.url, "eval-entity-classes", ["--reuters"]);

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/corpus");
const args = process.argv.slice(2);
const nReuters = args.includes("--reuters") ? Number(args[args.indexOf("--reuters") + 1]) : 2000;
if (!existsSync(shared)) {
  console.log(`eval:entity-classes: needs ${shared} (the shared data folder beside the repository), not found`);
  process.exit(0);
}
const res = loadDefaultResources();
const SENTENCE_WORDS = new Set([
  "Furthermore",
  "Moreover",
  "Additionally",
  "Nevertheless",
  "Nonetheless",
  "Rev",
  "Class",
]);
/** The class of a junk entity, or null: the kinds of span error this issue fixed, recognised by their shape alone. */
function junkClass(e: Entity): string | null {
  const words = e.name.split(/\s+/);
  if (LEGAL_FORMS.has(e.name)) return "a legal form alone (Inc, Co)";
  if (e.kind === "person" && LEGAL_FORMS.has(words.at(-1)!)) return "a person ending in a legal form";
  if (e.kind !== "organization" && /^\p{Lu}\.?$/u.test(e.name)) return "one capital letter as a person or place";
  if (SENTENCE_WORDS.has(e.name)) return "a sentence adverb or table word";
  return null;
}
const files = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? files(p) : f.endsWith(".txt") && f !== "README.TXT" ? [p] : [];
    });
const corpora: [string, { id: string; text: string }[]][] = [
  ["BBC", files(path.join(shared, "bbc")).map((p) => ({ id: p, text: readFileSync(p, "utf8") }))],
  [
    `Reuters (first ${nReuters})`,
    readFileSync(path.join(shared, "reuters21578.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .slice(0, nReuters)
      .map((l, i) => {
        const j = JSON.parse(l) as { id?: string; text: string };
        return { id: j.id ?? String(i), text: j.text };
      }),
  ],
];
for (const [name, docs] of corpora) {
  const kinds = new Map<string, number>(),
    junk = new Map<string, number>();
  for (const d of docs)
    for (const e of extractDocument(d, res).entities) {
      kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      const j = junkClass(e);
      if (j) junk.set(j, (junk.get(j) ?? 0) + 1);
    }
  console.log(`${name}: ${docs.length} documents`);
  console.log(
    `  entities by kind: ${[...kinds]
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  console.log(
    `  junk by class: ${
      [...junk]
        .sort()
        .map(([k, n]) => `${k}: ${n}`)
        .join("; ") || "none"
    }`,
  );
}
