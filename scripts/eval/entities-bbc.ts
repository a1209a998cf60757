// The BBC part of eval:entities: person nodes, likely same-person splits, and a deterministic sample of merges to check by hand.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { extractDocument } from "../../packages/core/src/pipeline/pipeline.ts";
import { resolveAcrossDocuments } from "../../packages/core/src/resolve/resolve.ts";
import { parseName, translit, firstNames } from "../../packages/core/src/entities/names.ts";
import type { ExtractionRecord, Resources } from "../../packages/core/src/index.ts";
import { TITLE_WORDS } from "../../packages/core/src/entities/lexicon/titles.ts";

function files(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory()
        ? files(p, base)
        : f.endsWith(".txt") && f !== "README.TXT"
          ? [path.relative(base, p)]
          : [];
    });
}

export function bbcReport(dir: string, res: Resources, sample: number): void {
  const ids = files(dir);
  const t0 = performance.now();
  const records: ExtractionRecord[] = ids.map((id) =>
    extractDocument({ id, text: readFileSync(path.join(dir, id), "utf8") }, res),
  );
  const t1 = performance.now();
  const resolution = resolveAcrossDocuments(records);
  const t2 = performance.now();
  // person nodes: canonical keys of person entities, with their names and roles
  const nodes = new Map<string, { names: Set<string>; aliases: Set<string>; docs: Set<string>; roles: Set<string> }>();
  const docsOf = new Map<string, string[]>(); // entity id -> documents, to show where a merged id came from
  for (const r of records) {
    for (const e of r.entities) {
      if (e.kind !== "person") continue;
      docsOf.set(e.id, [...(docsOf.get(e.id) ?? []), r.id]);
      const k = resolution.canonical(r.id, e.id);
      const n = nodes.get(k) ?? { names: new Set(), aliases: new Set(), docs: new Set(), roles: new Set() };
      n.names.add(e.name);
      for (const a of e.aliases) n.aliases.add(a);
      n.docs.add(r.id);
      for (const ro of e.roles ?? []) n.roles.add(`${ro.role}${ro.at ? "@" + ro.at : ""}`);
      nodes.set(k, n);
    }
  }
  // likely splits: two full-name nodes with the same surname and compatible first names
  const bySurname = new Map<string, string[]>();
  for (const [k, n] of nodes) {
    const p = parseName([...n.names][0]!);
    if (p.parts.length < 2) continue;
    const s = `${translit(p.last)}|${p.suffix}`;
    bySurname.set(s, [...(bySurname.get(s) ?? []), k]);
  }
  const splits: string[] = [];
  for (const keys of bySurname.values()) {
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const a = parseName([...nodes.get(keys[i]!)!.names][0]!),
          b = parseName([...nodes.get(keys[j]!)!.names][0]!);
        const where = (k = "") => [...(nodes.get(k)?.docs ?? [])].slice(0, 2).join(" ");
        if (firstNames(a.first, b.first))
          splits.push(`${keys[i]} ~ ${keys[j]} (${where(keys[i])} ~ ${where(keys[j])})`);
      }
  }
  // likely wrong merges: one node (across documents, or one entity within a document) holding two full names whose first
  // names are not variants of each other ("Katrin Lindqvist" and "Per Lindqvist")
  const wrong: string[] = [];
  for (const [k, n] of nodes) {
    const full = [...new Set([...n.names, ...n.aliases])]
      .map(parseName)
      .filter((p) => p.parts.length >= 2 && !/^\p{Lu}\.?$/u.test(p.first) && !TITLE_WORDS.has(p.first.toLowerCase()));
    const bad = full.find((a, i) => full.slice(i + 1).some((b) => !firstNames(a.first, b.first)));
    if (bad) wrong.push(`${k}: ${[...new Set([...n.names, ...n.aliases])].join(" / ")}`);
  }
  const merged = [...resolution.merges.entries()].filter(([k]) => k.startsWith("person:"));
  console.log(
    `\nBBC corpus: ${records.length} documents; extraction ${((t1 - t0) / 1000).toFixed(1)} s, resolution ${((t2 - t1) / 1000).toFixed(2)} s (${((100 * (t2 - t1)) / (t1 - t0)).toFixed(1)}% of extraction)`,
  );
  console.log(
    `person nodes: ${nodes.size}; merged person nodes: ${merged.length}; likely same-person splits: ${splits.length} (${((100 * splits.length) / nodes.size).toFixed(2)}% of person nodes)`,
  );
  for (const s of splits) console.log(`  split? ${s}`);
  console.log(`likely wrong merges (two full names with different first names on one node): ${wrong.length}`);
  for (const w of wrong.slice(0, 20)) console.log(`  merged? ${w}`);
  // a deterministic sample: merges ordered by a hash of their key
  const notes = merged.flatMap(([k, ns]) => ns.map((m) => ({ k, ...m })));
  const h = (s: string) => createHash("sha1").update(s).digest("hex");
  const picked = notes.sort((x, y) => (h(x.k + x.from) < h(y.k + y.from) ? -1 : 1)).slice(0, sample);
  const byRule = new Map<string, number>();
  for (const m of notes) byRule.set(m.rule, (byRule.get(m.rule) ?? 0) + 1);
  console.log(`person merges by rule: ${[...byRule].map(([r, c]) => `${r} ${c}`).join(", ")}`);
  console.log(
    `sample of ${picked.length} merges (node ← merged id [rule]: names | roles | node documents | documents of the merged id):`,
  );
  for (const m of picked) {
    const n = nodes.get(m.k)!;
    console.log(
      `  ${m.k} ← ${m.from} [${m.rule}]: ${[...n.names].join(" / ")} | ${[...n.roles].slice(0, 3).join("; ")} | ${[...n.docs].slice(0, 4).join(" ")} | ${(docsOf.get(m.from) ?? []).slice(0, 3).join(" ")}`,
    );
  }
}
