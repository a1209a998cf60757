// Tokenizer with character offsets into the raw text; splits the way CoNLL-2003 does.
import type { Token } from "../schema/stages.ts";

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    String.raw`\(Ret\.\)`, // "(Ret.)" stays one token
    String.raw`(?:https?://|www\.)[^\s<>"“”‘’()]*[^\s<>"“”‘’().,;:!?]`, // URLs stay whole (no spurious names inside)
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail addresses
    String.raw`[@#][\p{L}\p{N}_]+`, // handles and hashtags
    String.raw`(?:[A-Za-z]\.){2,}(?:-[\p{L}]+)*(?![A-Za-z])`, // U.S. U.K. e.g. U.S.-led
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // an initial: "John F. Kennedy"
    String.raw`(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Rep|Sen|Gov|St|Jr|Sr|Inc|Corp|Ltd|Co|No|Ret|Prof|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs)\.(?=\s|$)`,
    String.raw`[0-9]+(?:[.,:/][0-9]+)*(?:%|s\b)?`, // numbers, times, 1990s
    String.raw`['’](?:s|S|re|ve|ll|d|m|t)\b`, // clitics 's 're 've
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*(?=n['’]t\b)`, // "do" in "don't"
    String.raw`n['’]t\b`,
    String.raw`[\p{L}\p{M}\p{N}_]+(?:[-&][\p{L}\p{M}\p{N}]+)*(?:['’](?![sS]\b|re\b|ve\b|ll\b|d\b|m\b|t\b)[\p{L}\p{M}]+)*`, // words, hyphenated words, O'Brien
    String.raw`\.{2,}|-{2,}|[!?]+`,
    String.raw`\S`, // any other single code unit that is not space (surrogates handled below)
  ].join("|"),
  "gu",
);

/**
 * The same pattern anchored where it is tried ("y"): every alternative starts with a non-space and `\S` takes any
 * non-space, so a search with TOKEN_RE skips exactly the white space and matches at the next other character. Skipping
 * the white space here and calling `test` at that character finds the same tokens without a match array per token
 * (the largest allocation of the document stages after the NER features).
 */
const TOKEN_AT = new RegExp(TOKEN_RE.source, "uy");

/** `\s` of JavaScript regular expressions: ASCII tab to carriage return and space, and Unicode's other spaces and line separators. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let at = 0;
  while (at < n) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    TOKEN_AT.lastIndex = at;
    if (!TOKEN_AT.test(text)) return tokenizeFrom(text, at, out); // unreachable (`\S` matches here): the search decides
    const end = TOKEN_AT.lastIndex;
    if (end === at) return tokenizeFrom(text, at, out);
    out.push({ start: at, end, text: text.slice(at, end) });
    at = end;
  }
  return out;
}

/** The plain search (the tokenizer before the anchored loop; tests compare the two). */
export function tokenizeBySearch(text: string): Token[] {
  return tokenizeFrom(text, 0, []);
}

/** The plain search from `from` on: what the anchored loop defers to if a character ever fails to start a token. */
function tokenizeFrom(text: string, from: number, out: Token[]): Token[] {
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    if (m[0].length === 0) {
      TOKEN_RE.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
