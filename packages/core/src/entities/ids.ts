// Stable entity ids: a slug of kind plus canonical name, identical across runs and machines.
import type { EntityKind } from "../schema/record.ts";

export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function entityId(kind: EntityKind, canonicalName: string): string {
  return `${kind}:${slug(canonicalName) || "unnamed"}`;
}
