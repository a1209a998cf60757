// Corrections made in the page: a pending list of edits (undoable) that becomes a corrections.json `newsgraph build --corrections` reads.
import { Corrections } from "@newsgraph/core";

export type PendingCorrection =
  | { op: "merge"; into: string; from: string }
  | { op: "rename"; entity: string; label: string }
  | { op: "retype"; entity: string; kind: "person" | "organization" | "country" | "location" }
  | { op: "delete"; entity: string }
  | { op: "split"; entity: string; document: string };

export const ENTITY_KINDS = ["person", "organization", "country", "location"] as const;

/** One line for the pending list. `label` turns ids into names. */
export function describeCorrection(c: PendingCorrection, label: (key: string) => string): string {
  switch (c.op) {
    case "merge":
      return `Merge ${label(c.from)} into ${label(c.into)}`;
    case "rename":
      return `Rename ${label(c.entity)} to “${c.label}”`;
    case "retype":
      return `Change ${label(c.entity)} to ${c.kind}`;
    case "delete":
      return `Delete ${label(c.entity)}`;
    case "split":
      return `Split ${c.document} off ${label(c.entity)}`;
  }
}

/** The file, in the order the build applies them; validated with core's own schema so a download is always accepted. */
export function toCorrectionsFile(pending: PendingCorrection[]) {
  const file = {
    version: 1 as const,
    merge: [] as { into: string; from: string[] }[],
    split: [] as { entity: string; documents: string[] }[],
    rename: [] as { entity: string; label: string }[],
    retype: [] as { entity: string; kind: (typeof ENTITY_KINDS)[number] }[],
    delete: [] as { entity: string }[],
  };
  for (const c of pending) {
    if (c.op === "merge") {
      const m = file.merge.find((x) => x.into === c.into);
      if (m) m.from.push(c.from);
      else file.merge.push({ into: c.into, from: [c.from] });
    } else if (c.op === "split") {
      const s = file.split.find((x) => x.entity === c.entity);
      if (s) s.documents.push(c.document);
      else file.split.push({ entity: c.entity, documents: [c.document] });
    } else if (c.op === "rename") file.rename.push({ entity: c.entity, label: c.label });
    else if (c.op === "retype") file.retype.push({ entity: c.entity, kind: c.kind });
    else file.delete.push({ entity: c.entity });
  }
  const parsed = Corrections.safeParse(file);
  if (!parsed.success)
    throw new Error(
      `newsgraph/viewer: the pending corrections do not form a valid corrections.json (${parsed.error.issues[0]?.message}); undo the last one and try again`,
    );
  return file;
}
