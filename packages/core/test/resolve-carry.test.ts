// Carried resolution: the previous build's clusters kept when new documents touch none of their names, else refused.
import { describe, expect, test } from "vitest";
import { resolveAcrossDocuments, type Resolution } from "../src/resolve/resolve.ts";
import { carryResolution, type PreviousResolution } from "../src/resolve/carry.ts";
import { NameKeys } from "../src/resolve/name-keys.ts";
import type { Entity, ExtractionRecord } from "../src/schema/record.ts";
import { entityId } from "../src/entities/ids.ts";

type E = [kind: Entity["kind"], name: string, aliases?: string[]];
const doc = (id: string, ...ents: E[]): ExtractionRecord => ({
  id,
  entities: ents.map(([kind, name, aliases]) => ({ id: entityId(kind, name), kind, name, aliases: aliases ?? [name] })),
  mentions: [],
  statements: [],
  relations: [],
});

// the old corpus: "Piet Vale" is the only full name with surname Vale, so the lone "Vale" of c joins him on context
const ctx: E[] = [
  ["organization", "Transpontic Gas Company", ["Transpontic Gas Company", "TGC"]],
  ["person", "Elena Moravec"],
];
const OLD = [
  doc("a", ["person", "Piet Vale"], ...ctx),
  doc("b", ["person", "Piet Vale"], ["location", "Orlanth"]),
  doc("c", ["person", "Vale"], ...ctx),
  doc("d", ["person", "Sergei Valkov"], ...ctx),
  doc("e", ["person", "Sergey Valkov"], ...ctx),
  doc("f", ["person", "Harlan"], ["organization", "Kestrel Bank"], ["organization", "OLM"]),
];

function previousOf(records: ExtractionRecord[]): PreviousResolution {
  const r = resolveAcrossDocuments(records, undefined, { names: true });
  const prints = new Map(
    records.map((d) => [d.id, d.entities.map((e) => r.canonical(d.id, e.id) + "\u0000").join("")]),
  );
  return { prints, names: r.names!, merges: [...r.merges], overrides: [...r.overrides!] };
}
const carried = (records: ExtractionRecord[], previous = previousOf(OLD)) => {
  const keys = new NameKeys();
  return carryResolution(records, previous, (fresh) => resolveAcrossDocuments(fresh, undefined, { keys }), keys);
};
const sorted = <T>(m: Iterable<[string, T]>) => [...m].sort((x, y) => (x[0] < y[0] ? -1 : 1));
/** Every entity's key, the merge notes and labels: all the graph reads of a resolution. */
const view = (r: Resolution, records: ExtractionRecord[]) => ({
  keys: records.flatMap((d) => d.entities.map((e) => `${d.id}/${e.id} → ${r.keysIn!(d.id)(e.id)}`)),
  merges: sorted(r.merges),
  overrides: sorted(r.overrides!),
});

describe("carried resolution", () => {
  test("the old corpus merges what the rows below rely on", () => {
    const r = resolveAcrossDocuments(OLD);
    expect(r.canonical("c", "person:vale")).toBe("person:piet-vale");
    expect(r.canonical("e", "person:sergey-valkov")).toBe(r.canonical("d", "person:sergei-valkov"));
  });

  test.each([
    ["a new person, organisation and place", [doc("n1", ["person", "Quillon Vetterby"], ["location", "Zarnova"])]],
    [
      "new documents that merge among themselves (full name, lone surname on context)",
      [
        doc("n1", ["person", "Quillon Vetterby"], ["organization", "Ardent Lamp Works"], ["person", "Oriel Fasskin"]),
        doc("n2", ["person", "Quillon Vetterby"], ["location", "Zarnova"]),
        doc("n3", ["person", "Vetterby"], ["organization", "Ardent Lamp Works"], ["person", "Oriel Fasskin"]),
      ],
    ],
    ["a new document with no entities", [doc("n1")]],
    ["an old first name with a new surname (first names never meet)", [doc("n1", ["person", "Piet Quorrin"])]],
  ] as [string, ExtractionRecord[]][])("carried, and the same as resolving everything: %s", (_n, fresh) => {
    const all = [...OLD, ...fresh];
    const r = carried(all);
    expect(r).not.toBeNull();
    expect(r!.carried).toBe(true);
    expect(view(r!, all)).toEqual(view(resolveAcrossDocuments(all), all));
    // the names the next build needs: the same set as a full resolution lists
    expect(new Set(r!.names)).toEqual(new Set(resolveAcrossDocuments(all, undefined, { names: true }).names));
  });

  test.each([
    ["an old id (same-id merge)", doc("n1", ["organization", "Kestrel Bank"])],
    [
      "a second full name with an old surname (the lone Vale would no longer join Piet Vale)",
      doc("n1", ["person", "Anna Vale"]),
    ],
    ["a lone word that is an old first name", doc("n1", ["person", "Piet"])],
    ["a first name that is an old lone name", doc("n1", ["person", "Harlan Quist"])],
    ["an old surname's transliteration", doc("n1", ["person", "Anja Valkow"])],
    [
      "an acronym pointing at an old organisation",
      doc("n1", ["organization", "Orlanth Lamp Makers", ["Orlanth Lamp Makers", "OLM"]]),
    ],
    ["an organisation an old acronym points at", doc("n1", ["organization", "TGC"])],
  ] as [string, ExtractionRecord][])("refused when a new document touches an old name: %s", (_n, fresh) => {
    const all = [...OLD, fresh];
    expect(carried(all)).toBeNull();
  });

  test("refused rows really differ: resolving everything moves an old key or merges across", () => {
    const vale = [...OLD, doc("n1", ["person", "Anna Vale"])];
    expect(resolveAcrossDocuments(vale).canonical("c", "person:vale")).not.toBe("person:piet-vale");
    const olm = [...OLD, doc("n1", ["organization", "Orlanth Lamp Makers", ["Orlanth Lamp Makers", "OLM"]])];
    expect(resolveAcrossDocuments(olm).canonical("f", "organization:olm")).toBe("organization:orlanth-lamp-makers");
  });

  test("refused when an old document is missing or has other entities", () => {
    expect(carried(OLD.slice(1))).toBeNull();
    expect(carried([...OLD.slice(0, 5), doc("f", ["person", "Harlan"], ["organization", "Kestrel Bank"])])).toBeNull();
  });
});
