// The benchmark peer as a whole process, the way a user would run it: compromise's people/organizations/places over
// every text of the inputs (folders of .txt, .jsonl files), one JSON line of spans per document written to -o.
// Plain JavaScript run by node, so it pays no TypeScript loader. Usage: node bench/peer-compromise.mjs INPUTS… -o OUT
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import nlp from "compromise";

const args = process.argv.slice(2);
const o = args.indexOf("-o");
if (o < 0 || !args[o + 1]) {
  process.stderr.write("usage: node bench/peer-compromise.mjs INPUTS… -o OUT\n");
  process.exit(2);
}
const out = openSync(args[o + 1], "w");
const inputs = args.filter((_, i) => i !== o && i !== o + 1);

function* files(p) {
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) if (!name.startsWith(".")) yield* files(path.join(p, name));
  } else if (/\.(txt|md|jsonl)$/.test(p)) yield p;
}

/** JSONL read in chunks, like newsgraph, so a file of any size works. */
function* jsonl(file) {
  const fd = openSync(file, "r");
  const buf = Buffer.alloc(1 << 20);
  const utf8 = new StringDecoder("utf8"); // a character split between two chunks stays whole
  let carry = "";
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) {
    const parts = (carry + utf8.write(buf.subarray(0, n))).split("\n");
    carry = parts.pop();
    for (const line of parts) if (line.trim()) yield JSON.parse(line);
  }
  if (carry.trim()) yield JSON.parse(carry);
  closeSync(fd);
}

let docs = 0;
for (const input of inputs) {
  for (const file of files(input)) {
    const items = file.endsWith(".jsonl") ? jsonl(file) : [{ id: file, text: readFileSync(file, "utf8") }];
    for (const { id, text } of items) {
      const d = nlp(text);
      const rec = {
        id,
        people: d.people().out("array"),
        organizations: d.organizations().out("array"),
        places: d.places().out("array"),
      };
      writeSync(out, JSON.stringify(rec) + "\n");
      docs++;
    }
  }
}
closeSync(out);
process.stderr.write(`compromise: ${docs} documents\n`);
