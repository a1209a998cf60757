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

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    if (m[0].length === 0) {
      TOKEN_RE.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
