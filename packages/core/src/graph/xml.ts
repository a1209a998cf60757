// XML text helpers shared by the GEXF and GraphML writers: escaping, and removal of characters XML 1.0 forbids.

/**
 * Characters XML 1.0 cannot carry at all (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
 * They are replaced by U+FFFD rather than dropped, so string lengths (and offsets into them) do not shift.
 */
// these control characters are exactly what XML 1.0 forbids
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character xmlSafe or the escapes below may change (surrogates whole, paired or not): most strings have none. */
// eslint-disable-next-line no-control-regex
const MAY_CHANGE = /[\u0000-\u001F&<>"'\u0085\u2028\uD800-\uDFFF\uFFFE\uFFFF]/;
/** MAY_CHANGE without the double quote: when this finds nothing, the quotes are all escapeAttr has to change. */
// eslint-disable-next-line no-control-regex
const BESIDES_QUOTES = /[\u0000-\u001F&<>'\u0085\u2028\uD800-\uDFFF\uFFFE\uFFFF]/;
const QUOTES = /"/g;
// eslint-disable-next-line no-control-regex
const MAY_BE_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function xmlSafe(s: string): string {
  // one test without lookarounds first: the writers call this for every value, and nearly all are already safe
  return MAY_BE_UNSAFE.test(s) ? s.replace(FORBIDDEN, "\uFFFD") : s;
}

const ATTR_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // tab/LF/CR inside an attribute value would be normalised to spaces by any XML parser; character references keep them
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
  // NEL and LINE SEPARATOR are line ends in XML 1.1, and parsers that apply its normalisation (xmldom, so
  // graphology-gexf) read them as spaces; as references they survive every parser, and XML 1.0 allows them
  "\u0085": "&#133;",
  "\u2028": "&#8232;",
};

/** The escape of each character code escapeAttr changes (the same as ATTR_ESCAPES), undefined for the rest. */
const ATTR_BY_CODE: (string | undefined)[] = [];
for (const [c, e] of Object.entries(ATTR_ESCAPES)) ATTR_BY_CODE[c.charCodeAt(0)] = e;

/**
 * Escape a string for use inside a double-quoted attribute value. One pass over the characters: flattened JSON
 * values (occurrences) are full of quotes, and a regex replace with a callback per quote cost more than the rest.
 */
export function escapeAttr(s: string): string {
  if (!MAY_CHANGE.test(s)) return s;
  // quotes alone (flattened JSON, lists): one native global replace makes the result in one piece, where the loop
  // below concatenated a slice per quote (about 950k quotes in a BBC graph's GEXF)
  if (!BESIDES_QUOTES.test(s)) return s.replace(QUOTES, "&quot;");
  const t = xmlSafe(s);
  let out = "",
    from = 0;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    const e = code < 63 || code === 0x85 || code === 0x2028 ? ATTR_BY_CODE[code] : undefined;
    if (e === undefined) continue;
    out += t.slice(from, i) + e;
    from = i + 1;
  }
  return from === 0 ? t : out + t.slice(from);
}

/** Escape a string for use as element text. CR, NEL and U+2028 are kept as references so they survive line-end normalisation. */
export function escapeText(s: string): string {
  if (!MAY_CHANGE.test(s)) return s;
  return xmlSafe(s).replace(/[&<>\r\u0085\u2028]/g, (c) => ATTR_ESCAPES[c]!);
}

/** Numbers as XML Schema accepts them: finite, plain decimal notation where possible. */
export function xmlNumber(n: number): string {
  if (!Number.isFinite(n)) return "0";
  return Object.is(n, -0) ? "0" : String(n);
}
