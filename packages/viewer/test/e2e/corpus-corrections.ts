// Corrections from the corpus viewer's page: the downloaded file rebuilds the graph as the user asked.
import { expect, test } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Corrections } from "@newsgraph/core";
import { build } from "./corpus-harness.ts";
import type { CorpusSuite } from "./corpus-suite.ts";
import { chooseSearchResult, details } from "./ui.ts";

export function correctionTests(s: CorpusSuite): void {
  test("corrections: rename, change kind, merge, split and delete from the page; the downloaded file rebuilds the graph as asked", async () => {
    const { page, p, dir, hub } = s;
    const entities = p.graph.nodes.filter((n) => n.attributes.kind !== "statement");
    const victim =
      entities.find((n) => n.key !== hub.key && n.attributes.kind === "organization") ??
      entities.find((n) => n.key !== hub.key)!;
    await chooseSearchResult(page, hub.label);
    const panel = details(page);
    await expect.poll(() => panel.locator("h2").first().textContent()).toBe(hub.label);
    await panel.getByRole("button", { name: "Rename" }).click();
    await panel.getByLabel("New name").fill("Renamed By Test");
    await panel.getByRole("button", { name: "Add rename" }).click();
    await panel.getByRole("button", { name: "Change kind" }).click();
    const newKind = hub.key.startsWith("person:") ? "organization" : "person";
    await panel.getByLabel("New kind").selectOption(newKind);
    await panel.getByRole("button", { name: "Add change" }).click();
    // merge a third entity (with a name no other node has) into the hub, and split one of the hub's documents off
    const labelCount = new Map<string, number>();
    for (const n of entities)
      labelCount.set(n.attributes.label.toLowerCase(), (labelCount.get(n.attributes.label.toLowerCase()) ?? 0) + 1);
    const third = entities.find(
      (n) =>
        n.key !== hub.key &&
        n.key !== victim.key &&
        labelCount.get(n.attributes.label.toLowerCase()) === 1 &&
        !n.attributes.aliases.some(
          (a) => labelCount.has(a.toLowerCase()) && a.toLowerCase() !== n.attributes.label.toLowerCase(),
        ),
    )!;
    await panel.getByRole("button", { name: "Merge with…" }).click();
    await panel.getByLabel("Merge with entity").fill(third.attributes.label);
    await panel.getByRole("button", { name: "Add merge" }).click();
    const splitDoc = hub.documents[hub.documents.length - 1]!;
    if (hub.documents.length > 1) {
      await panel.getByRole("button", { name: "Split a document off" }).click();
      await panel.getByLabel("Document to split off").selectOption(splitDoc);
      await panel.getByRole("button", { name: "Add split" }).click();
    }
    const pendingBefore = 3 + (hub.documents.length > 1 ? 1 : 0);
    expect(await panel.locator("ol.pending li").count()).toBe(pendingBefore);
    await chooseSearchResult(page, victim.attributes.label);
    await expect.poll(() => panel.locator("h2").first().textContent()).toBe(victim.attributes.label);
    await panel.getByRole("button", { name: "Delete", exact: true }).click();
    // undo works: add and remove a split
    expect(await panel.locator("ol.pending li").count()).toBe(pendingBefore + 1);
    await panel.getByRole("button", { name: /^Undo: Delete/ }).click();
    expect(await panel.locator("ol.pending li").count()).toBe(pendingBefore);
    await panel.getByRole("button", { name: "Delete", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download corrections" }).click(),
    ]);
    const file = join(dir, "corrections.json");
    await download.saveAs(file);
    const json = JSON.parse(readFileSync(file, "utf8")) as unknown;
    expect(Corrections.safeParse(json).success).toBe(true);
    const rebuilt = await build(p.input, join(dir, "rebuilt.json"), file);
    const node = rebuilt.nodes.find((n) => n.attributes.label === "Renamed By Test");
    expect(node, "the renamed entity is in the rebuilt graph").toBeDefined();
    expect(node!.attributes.kind).toBe(newKind);
    expect(rebuilt.nodes.some((n) => n.key === victim.key)).toBe(false);
    expect(
      rebuilt.nodes.some((n) => n.key === third.key),
      `${third.key} was merged away`,
    ).toBe(false);
    expect(node!.attributes.merges?.some((m) => m.rule === "correction:merge")).toBe(true);
    if (hub.documents.length > 1) {
      expect(node!.attributes.documents).not.toContain(splitDoc);
      expect(
        rebuilt.nodes.some((n) => n.key.startsWith(`${hub.key}~`) && n.attributes.documents?.includes(splitDoc)),
      ).toBe(true);
    }
    writeFileSync(join(dir, "rebuilt-ok"), "");
  });
}
