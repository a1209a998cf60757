// The next build's snapshot: every document of this build at the start, the graph's carried state once it is written.
import type { CorpusAccumulator, CorpusGraph, ResolutionState } from "@newsgraph/core";
import type { FileFactStore } from "./fact-file.ts";
import type { IncrementalBuild } from "./incremental.ts";
import { SnapshotWriter } from "./snapshot.ts";
import { stateOf } from "./carried-state.ts";

const notWritten = (e: unknown) =>
  `newsgraph/snapshot: not written (${(e as Error).message}); the next build reads every document from the cache`;

/**
 * Start the new snapshot with every document of this build (before the graph is built: that consumes the
 * summaries). A snapshot that cannot be written is only a slower next build: the message says so, the build goes on.
 */
export function startSnapshot(
  inc: IncrementalBuild,
  acc: CorpusAccumulator,
  facts: FileFactStore,
  warn: (m: string) => void,
  threaded = false,
): SnapshotWriter | null {
  let w: SnapshotWriter | null = null;
  try {
    w = new SnapshotWriter(inc.cache.dir, inc.cache.libraryVersion, threaded);
    for (const d of inc.documents())
      w.addDoc(d.key, d.id, d.kept ?? acc.summary(d.id)!, facts.bytes(d.id), d.noText, d.line);
    w.endDocs();
    return w;
  } catch (e) {
    void w?.abort();
    warn(notWritten(e));
    return null;
  }
}

/**
 * The carried state of the graph just written to `output`, and the rename that makes the snapshot current; settles
 * when the snapshot is in place (or was not written: then `warn` has said so).
 */
export async function commitSnapshot(
  w: SnapshotWriter,
  graph: CorpusGraph,
  output: string,
  options: string,
  prints: ReadonlyMap<string, string>,
  resolution: ResolutionState | null,
  warn: (m: string) => void,
): Promise<void> {
  try {
    await w.commit(stateOf(graph, output, options, prints, resolution));
  } catch (e) {
    await w.abort();
    warn(notWritten(e));
  }
}
