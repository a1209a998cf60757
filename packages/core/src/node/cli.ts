// The `newsgraph` command line. Placeholder dispatcher; commands land with issue 2.
import { readFileSync } from "node:fs";
import { extractDocument } from "../pipeline/pipeline.ts";
import { loadDefaultResources } from "./resources.ts";

const [cmd, ...args] = process.argv.slice(2);
if (cmd === "extract") {
  const res = loadDefaultResources();
  for (const p of args) process.stdout.write(JSON.stringify(extractDocument({ id: p, text: readFileSync(p, "utf8") }, res)) + "\n");
} else {
  process.stderr.write("newsgraph: usage: newsgraph <extract|build|export|ner|view> ...\n");
  process.exit(cmd ? 2 : 0);
}
