// Stable entity ids: a slug of kind plus canonical name, identical across runs and machines.
import type { EntityKind } from "../schema/record.ts";

// compiled once (a regex literal is a new RegExp object each time it runs); `replace` starts a global one afresh
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;
const EDGE_DASHES = /^-+|-+$/g;

export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(NOT_LETTERS, "-")
    .replace(EDGE_DASHES, "");
}

export function entityId(kind: EntityKind, canonicalName: string): string {
  return `${kind}:${slug(canonicalName) || "unnamed"}`;
}
