// Bench-only: how many hidden classes (maps) each property site of core met, and which object layouts have many maps,
// from V8's IC log. A layout with hundreds of maps is objects made one map each (see packages/core/src/util/extend.ts).
// Usage: node --log-ic --log-maps --log-maps-details --logfile=ic.log --no-logfile-per-isolate \
//          packages/cli/bin/newsgraph.mjs extract FEW.jsonl -o out.jsonl --no-cache --jobs 1
//        node bench/ic-maps.mjs ic.log [TOP]
// A few hundred articles are enough (300 make an 80 MB log); the log records the main thread only with --jobs 1.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("bench/ic-maps.mjs: give the log of node --log-ic --log-maps --log-maps-details (see the header)");
  process.exit(2);
}
const top = Number(topArg ?? 20);
const codes = []; // [start, end, "name file:line:col"]
const ics = [];
const layouts = new Map(); // map address → "{a,b,c}"
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line.startsWith("code-creation,")) {
    const p = line.split(",");
    const start = parseInt(p[4], 16);
    codes.push([start, start + Number(p[5]), p.slice(6, p.length - 2).join(",")]);
  } else if (/^(Keyed)?(Load|Store)IC,/.test(line)) {
    const p = line.split(",");
    ics.push([p[0], parseInt(p[1], 16), p[3], p[4], p[7], p[8]]);
  } else if (line.startsWith("map-details,")) {
    const p = line.split(",");
    const text = p.slice(3).join(",").replace(/\\x2C/g, ",");
    if (!text.includes("type: JS_OBJECT_TYPE")) continue;
    const keys = [...text.matchAll(/#([^ ]+) \(/g)].map((m) => m[1]);
    layouts.set(p[2].replace(/^0x0*/, "0x"), `{${keys.join(",")}}`);
  }
}
codes.sort((a, b) => a[0] - b[0]);
const codeAt = (pc) => {
  let lo = 0,
    hi = codes.length - 1,
    best = -1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (codes[m][0] <= pc) {
      best = m;
      lo = m + 1;
    } else hi = m - 1;
  }
  for (let i = best; i >= 0 && i > best - 50; i--) if (codes[i][0] <= pc && pc < codes[i][1]) return codes[i][2];
  return null;
};
const sites = new Map();
for (const [kind, pc, line, col, map, key] of ics) {
  const where = /(file:\/\/\/\S+\/packages\/(core\/dist\/\S+?)):\d+:\d+/.exec(codeAt(pc) ?? "");
  if (!where) continue;
  const k = `${where[2]}:${line}:${col} ${kind} .${key}`;
  if (!sites.has(k)) sites.set(k, new Set());
  sites.get(k).add(map.replace(/^0x0*/, "0x"));
}
const perLayout = new Map();
for (const l of layouts.values()) perLayout.set(l, (perLayout.get(l) ?? 0) + 1);
console.log("object layouts with the most maps (one layout, many maps: objects that share no hidden class):");
for (const [l, n] of [...perLayout].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${n} ${l.slice(0, 160)}`);
console.log("core property sites with the most maps:");
for (const [k, maps] of [...sites].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
  const named = new Map();
  for (const m of maps) named.set(layouts.get(m) ?? "?", (named.get(layouts.get(m) ?? "?") ?? 0) + 1);
  const most = [...named].sort((a, b) => b[1] - a[1]).slice(0, 2);
  console.log(`  ${maps.size} ${k}  ${most.map(([l, n]) => `${n}×${l.slice(0, 70)}`).join(" ")}`);
}
