// Bytes to text: reject binary (NUL bytes), decode UTF-8 (or UTF-16 with a BOM), replace invalid bytes with U+FFFD and say so.

export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; error: string };

const fatal = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    try {
      return { ok: true, text: new TextDecoder(enc, { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, error: `not valid ${enc.toUpperCase()} text` };
    }
  }
  if (bytes.includes(0)) return { ok: false, error: "not a text file (contains NUL bytes)" };
  try {
    return { ok: true, text: fatal.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    let bad = 0;
    for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) bad++;
    return { ok: true, text, warning: `invalid UTF-8: ${bad} byte sequence(s) replaced with U+FFFD` };
  }
}
