// Extraction cache: one file per document, keyed by a hash of the document and of the extractor (model + code).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EXTRACTOR_CODE_ROOT, type Document } from "@newsgraph/core";
import { DEFAULT_NER_MODEL } from "./load-ner.ts";

export const CACHE_DIR_NAME = ".newsgraph-cache";

const CODE_ROOT = fileURLToPath(EXTRACTOR_CODE_ROOT);

/**
 * Folders of the library that no record depends on: the corpus stages (resolution and the graph) run after
 * extraction, and the layer rule (packages/core/test/import-graph.test.ts) keeps the document stages from importing
 * them, so changing how the graph is built keeps every cached record.
 */
const NOT_EXTRACTION: ReadonlySet<string> = new Set(["node", "resolve", "graph"]);

/**
 * Compiler output that no code runs: type declarations and source maps. tsc may write a union type's members in
 * another order from one compile to the next (it did for `PIPELINE` in pipeline.d.ts), which must not discard the
 * cached records of unchanged code.
 */
const NOT_CODE = /\.d\.ts$|\.map$/;

/** The folder of the shipped models (NER, attribution, content ends, word lists the models read). */
const MODELS_DIR = path.dirname(DEFAULT_NER_MODEL);

/**
 * The version of the extractor: a hash of every file in the models folder and of every source file of the library
 * outside NOT_EXTRACTION (the document stages, their word lists and lexicons). Any change to a model, a rule or a word
 * list gives a new version, so a stale record is never served; a change to the command line or the graph alone
 * keeps the cache. Every model file counts, not only the NER model's: a retrained attribution model changes the
 * statements of every record.
 */
export function extractorVersion(modelsDir = MODELS_DIR, codeRoot = CODE_ROOT): string {
  return versions(modelsDir, codeRoot).extractor;
}

/**
 * Both versions from one pass over the files: the extractor's (above) and the whole library's, which also hashes the
 * corpus stages (`resolve/`, `graph/`): a snapshot of folded documents (snapshot.ts) depends on how records are
 * folded, so it is stale whenever any of that code or any model changes.
 */
export function versions(modelsDir = MODELS_DIR, codeRoot = CODE_ROOT): { extractor: string; library: string } {
  const ext = createHash("sha256"),
    lib = createHash("sha256");
  const both = (label: string, bytes: Buffer | string, extraction = true) => {
    for (const h of extraction ? [ext, lib] : [lib]) {
      h.update(label);
      h.update(bytes);
    }
  };
  for (const name of readdirSync(modelsDir).sort()) {
    const full = path.join(modelsDir, name);
    if (name.startsWith(".") || !statSync(full).isFile()) continue;
    both(`\0model/${name}\0`, readFileSync(full));
  }
  const walk = (rel: string, extraction: boolean) => {
    for (const name of readdirSync(path.join(codeRoot, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (name.startsWith(".")) continue;
      const inExtraction = extraction && !NOT_EXTRACTION.has(r);
      const full = path.join(codeRoot, r);
      if (statSync(full).isDirectory()) walk(r, inExtraction);
      else if (!NOT_CODE.test(name)) both(`\0${r}\0`, readFileSync(full), inExtraction);
    }
  };
  walk("", true);
  return { extractor: ext.digest("hex").slice(0, 16), library: lib.digest("hex").slice(0, 16) };
}

/**
 * Plain files under `<dir>/<version>/<aa>/<key>.json`, each holding the record's JSON line. Written to a temp name
 * and renamed, so a killed run leaves whole entries or none; two runs sharing a cache at worst write the same
 * bytes twice. Opening a version removes the folders of other versions, so the cache never grows past one corpus.
 */
export class ExtractionCache {
  readonly root: string;
  hits = 0;
  misses = 0;
  /** set when a write failed: the run goes on without caching and says so once */
  writeError: string | null = null;

  constructor(
    readonly dir: string,
    readonly version: string,
    /** the whole library's and the models' version (`versions`): what a snapshot of folded documents depends on */
    readonly libraryVersion = version,
  ) {
    this.root = path.join(dir, version);
    try {
      mkdirSync(this.root, { recursive: true });
      for (const name of readdirSync(dir))
        if (name !== version && /^[0-9a-f]{16}$/.test(name))
          rmSync(path.join(dir, name), { recursive: true, force: true });
    } catch (e) {
      throw new Error(
        `newsgraph/cache: cannot use the cache folder ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass --cache DIR elsewhere or --no-cache`,
        { cause: e },
      );
    }
  }

  /** Everything the record depends on besides the extractor: the document (id, metadata, text) and `withText`. */
  key(doc: Document, withText: boolean): string {
    const h = createHash("sha256");
    h.update(
      JSON.stringify([doc.id, doc.source ?? null, doc.title ?? null, doc.date ?? null, doc.url ?? null, withText]),
    );
    h.update("\0");
    h.update(doc.text);
    return h.digest("hex");
  }

  private file(key: string): string {
    return path.join(this.root, key.slice(0, 2), `${key}.json`);
  }

  /** The cached JSON line, or undefined (also for an unreadable or damaged entry: it is simply extracted again). */
  get(key: string): string | undefined {
    let json: string;
    try {
      json = readFileSync(this.file(key), "utf8");
    } catch {
      this.misses++;
      return undefined;
    }
    if (!json.startsWith("{") || !json.endsWith("}")) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return json;
  }

  put(key: string, json: string): void {
    if (this.writeError) return;
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(tmp, json);
      renameSync(tmp, file);
    } catch (e) {
      this.writeError = `newsgraph/cache: cannot write to ${this.dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); continuing without caching (free space or pass --no-cache)`;
      rmSync(tmp, { force: true });
    }
  }
}
