// The CLI tests' small corpus (a text, a Markdown and an HTML article with invented names) and a record reader.
import { ExtractionRecord } from "@newsgraph/core";
import path from "node:path";
import { cli, tree } from "./reliability/helpers.ts";

export function corpus(extra: Record<string, string | Uint8Array> = {}): string {
  return tree({
    "in/one.txt":
      "Talia Brenmoor, the Norland trade minister, visited Vessar on Monday.\n\n“We will reopen the port,” Brenmoor said.",
    "in/sub/two.md": "# Port news\n\nBorin Vask said the Harbour Gazette had the story first.",
    "in/three.html":
      "<html><head><title>Three</title></head><body><nav>Menu Home</nav><p>Odile Farrant met Talia Brenmoor in Vessar.</p></body></html>",
    ...extra,
  });
}

/** the records of an `extract` output, each checked against the schema */
export const records = (jsonl: string) =>
  jsonl
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => ExtractionRecord.parse(JSON.parse(l)));

/** `build` of the corpus at `root` into `root/g.json` with the corrections file `root/<file>` (present or not). */
export const buildWithCorrections = (root: string, file: string) =>
  cli(["build", path.join(root, "in"), "-o", path.join(root, "g.json"), "--corrections", path.join(root, file)]);
