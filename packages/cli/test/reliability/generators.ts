// fast-check generators for the fuzz suite: news-like text, tag soup, JSONL lines and graph files, all with invented names and hostile pieces.
import fc from "fast-check";

const WORDS = [
  "Talia",
  "Brenmoor",
  "Odile",
  "Farrant",
  "Vessar",
  "Norland",
  "Harbour",
  "Gazette",
  "Mr.",
  "Dr.",
  "U.S.",
  "minister",
  "said",
  "told",
  "reporters",
  "according",
  "to",
  "that",
  "the",
  "a",
  "port",
  "will",
  "reopen",
  "—",
  "…",
  "Inc.",
  "’s",
  "who",
];
const PUNCT = [
  ".",
  ",",
  "!",
  "?",
  ":",
  ";",
  '"',
  "“",
  "”",
  "‘",
  "’",
  "'",
  "(",
  ")",
  "\n",
  "\n\n",
  "\r\n",
  "\t",
  "  ",
  " ",
];
const HOSTILE = [
  "__proto__",
  "constructor",
  "prototype",
  "\u0000",
  "\ud800",
  "\udc00",
  "😀",
  "\u202e",
  "\ufeff",
  "#",
  "statement:x#s1",
  "~2",
];

/** Text shaped like news (names, cues, quotes, line breaks) mixed with arbitrary code units. */
export const newsText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(" "));

const TAGS = [
  "<div>",
  "</div>",
  "<p>",
  "</p>",
  "<br>",
  "<br/>",
  "<span class='x'>",
  "</span>",
  "<script>",
  "</script>",
  "<style>",
  "</style>",
  "<!--",
  "-->",
  "<title>",
  "</title>",
  "<article>",
  "</article>",
  "<nav>",
  "</nav>",
  "<",
  ">",
  "&amp;",
  "&#x5f;",
  "&nbsp;",
  "&bogus;",
  "<li>",
  "<table><tr><td>",
  "<pre>",
  "</pre>",
  '<meta property="article:published_time" content="2024-01-02">',
  "<html>",
  "<body>",
];

/** Tag soup: unbalanced tags, comments, entities and news text, sometimes wrapped in a deep stack of <div>s. */
export const tagSoup = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...TAGS), newsText), { maxLength: 40 }),
    fc.oneof(
      { weight: 5, arbitrary: fc.nat({ max: 12 }) },
      { weight: 1, arbitrary: fc.integer({ min: 150, max: 2000 }) },
    ),
  )
  .map(([parts, depth]) => "<div>".repeat(depth) + parts.join("") + "</div>".repeat(depth));

const jsonScalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...HOSTILE),
);
const key = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE, "id", "text", "entities", "statements") },
);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    jsonScalar,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** One JSONL line: a document, an extraction record (often broken), a reserved id, any JSON, or no JSON at all. */
export const jsonlLine = fc.oneof(
  fc
    .record({
      id: fc.option(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constantFrom(...HOSTILE)), {
        nil: undefined,
      }),
      text: newsText,
    })
    .map((d) => JSON.stringify(d)),
  fc
    .record({
      id: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...HOSTILE)),
      entities: fc.array(
        fc.record({
          id: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })),
          kind: fc.constantFrom("person", "organization", "x"),
          name: fc.string(),
          aliases: fc.array(fc.string(), { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
      mentions: fc.constant([]),
      statements: fc.constant([]),
      relations: fc.constant([]),
    })
    .map((r) => JSON.stringify(r)),
  jsonValue.map((v) => JSON.stringify(v) ?? "null"),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '{"__proto__":{"polluted":1},"text":"x"}',
    '{"text":"a","constructor":{"prototype":{"polluted":1}}}',
    "{",
    "",
    "\r",
  ),
);

const nodeKey = fc.constantFrom(
  "a",
  "b",
  "c",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "statement:d#s1",
  "",
);
const attrs = fc
  .record({
    kind: fc.constantFrom("person", "organization", "statement", "said", "other"),
    label: fc.oneof(fc.string({ maxLength: 6 }), fc.integer()),
    aliases: fc.oneof(fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }), fc.constant(null)),
  })
  .chain((a) => fc.dictionary(key, jsonValue, { maxKeys: 3 }).map((extra) => ({ ...extra, ...a })));

/** A graph.json-like object: keys from a small pool with the reserved names in it, edges to nodes that may not exist. */
export const graphJson = fc
  .record({
    options: fc.option(
      fc.record({ type: fc.constantFrom("directed", "undirected", "mixed", "x"), multi: fc.boolean() }),
      { nil: undefined },
    ),
    attributes: fc.option(fc.dictionary(key, jsonValue, { maxKeys: 3 }), { nil: undefined }),
    nodes: fc.array(fc.record({ key: nodeKey, attributes: attrs }), { maxLength: 5 }),
    edges: fc.array(
      fc.record({
        key: fc.option(nodeKey, { nil: undefined }),
        source: nodeKey,
        target: nodeKey,
        attributes: fc.record({
          kind: fc.constantFrom("said", "mentions", "x"),
          document: fc.string({ maxLength: 3 }),
          start: fc.integer(),
          end: fc.integer(),
        }),
      }),
      { maxLength: 4 },
    ),
  })
  .map((g) => JSON.stringify(g));

const xmlAttr = fc.oneof(
  fc.constantFrom("__proto__", "&#95;_proto__", "constructor", "a", "b", "0", "&amp;", '"', "<"),
  fc.string({ maxLength: 5 }),
);

/** A GEXF-like document: nodes, edges and attribute declarations with hostile ids, sometimes a DOCTYPE with entities. */
export const gexfText = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(xmlAttr, xmlAttr), { maxLength: 4 }),
    fc.array(fc.tuple(xmlAttr, xmlAttr, xmlAttr), { maxLength: 4 }),
    fc.array(fc.tuple(xmlAttr, xmlAttr), { maxLength: 2 }),
  )
  .map(
    ([doctype, nodes, edges, decls]) =>
      (doctype ? `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY e "${"x".repeat(10)}">]>` : `<?xml version="1.0"?>`) +
      `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">` +
      `<attributes class="node">${decls.map(([id, t]) => `<attribute id="${id}" title="${t}" type="string"/>`).join("")}</attributes>` +
      `<nodes>${nodes.map(([id, l]) => `<node id="${id}" label="${l}"/>`).join("")}</nodes>` +
      `<edges>${edges.map(([id, s, t]) => `<edge id="${id}" source="${s}" target="${t}"/>`).join("")}</edges></graph></gexf>`,
  );
