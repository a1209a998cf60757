// Word shapes and casing tests used as features (ASCII fast path, Unicode-aware fallback).

/** Long shape: X/x/d per character, other characters kept, runs capped at 4 ("Xxxx", "dddd-dd"). */
export function wordShape(w: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < w.length && out.length < 16; i++) {
    const c = charClass(w, i);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Short shape: runs collapsed to one symbol ("Xx", "X.X.", "d,d"). */
export function shortShape(w: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = charClass(w, i);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function charClass(w: string, i: number): string {
  const code = w.charCodeAt(i);
  if (code >= 65 && code <= 90) return "X";
  if (code >= 97 && code <= 122) return "x";
  if (code >= 48 && code <= 57) return "d";
  if (code < 128) return w[i]!;
  if (code >= 0xd800 && code <= 0xdfff) return "S"; // half of a surrogate pair (emoji, rare scripts)
  const ch = w[i]!;
  const up = ch.toUpperCase();
  const lo = ch.toLowerCase();
  if (up !== lo) return ch === up ? "X" : "x";
  return /\p{L}/u.test(ch) ? "L" : /\p{N}/u.test(ch) ? "d" : "o";
}

/** Starts with an upper-case letter. */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = w[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Has a letter and no lower-case letter. */
export function isAllCaps(w: string): boolean {
  return w !== w.toLowerCase() && w === w.toUpperCase();
}

export function hasLetter(w: string): boolean {
  return w.toLowerCase() !== w.toUpperCase();
}

/** "JAPAN" → "Japan"; used for words absent from the truecasing table. */
export function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}
