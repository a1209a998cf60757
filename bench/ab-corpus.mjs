// Bench-only: what the in-process A/B benches over BBC share: two built checkouts from argv, every Nth article's
// text, and each checkout's document stages before statements run on those texts with its own models.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** `node bench/NAME CHECKOUT_A CHECKOUT_B [ROUNDS=8] [EVERY=4]`: the two roots resolved, rounds and every. */
export function abArgs(name) {
  const [ra, rb] = [process.argv[2], process.argv[3]].map((r) => r && path.resolve(r));
  if (!ra || !rb) throw new Error(`bench/${name}: name two checkouts with compiled packages (pnpm build in each)`);
  return { ra, rb, rounds: Number(process.argv[4] ?? 8), every: Number(process.argv[5] ?? 4) };
}

/** Every Nth `.txt` of BBC (CORPUS=dir for another folder), in sorted path order. */
export function corpusTexts(every) {
  const files = [];
  const walk = (d) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".txt")) files.push(p);
    }
  };
  walk(process.env.CORPUS ?? path.resolve(import.meta.dirname, "../../shared/corpus/bbc"));
  return files.filter((_, i) => i % every === 0).map((f) => readFileSync(f, "utf8"));
}

/** One checkout's models and document stages, from its compiled packages. */
export async function loadCheckout(root) {
  const { loadDefaultResources } = await import(`${root}/packages/cli/dist/resources.js`);
  const { DOCUMENT_STAGES } = await import(`${root}/packages/core/dist/pipeline/pipeline.js`);
  return { root, res: loadDefaultResources(), stages: DOCUMENT_STAGES };
}

/** Each text through a checkout's segment, mentions and entities stages: what its statements stage reads. */
export function beforeStatements(X, texts) {
  const [segment, mentions, entities] = X.stages;
  return texts.map((text, i) =>
    entities.run(mentions.run(segment.run({ doc: { id: String(i), text } }, X.res), X.res), X.res),
  );
}
