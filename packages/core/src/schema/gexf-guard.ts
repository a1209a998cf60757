// Entry check for GEXF text before any XML parser sees it: no DTD (entity expansion bombs), no reserved names as ids or attribute keys.
import { isReservedKey } from "./keys.ts";

// the XML attributes whose values become node or edge keys or attribute names (a value such as "prototype" is only text)
const KEYED = new Set(["id", "source", "target", "for", "title"]);
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(v: string): string {
  return v.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return PREDEFINED[e.toLowerCase()] ?? m;
  });
}

/**
 * Why this GEXF text must not be parsed, or null when it may be. A DOCTYPE can declare entities that expand
 * exponentially (or 20,000 times) and freeze a browser tab; a node id, edge end or attribute title equal to
 * `__proto__`, `constructor` or `prototype` becomes a key of plain objects inside graphology.
 */
export function gexfProblem(text: string): string | null {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    return "it declares a DOCTYPE or entities, which GEXF never needs (entity expansion can exhaust memory); remove the <!DOCTYPE …> block";
  }
  const re = /\s([A-Za-z_:][\w:.-]*)\s*=\s*("[^"]*"|'[^']*')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!KEYED.has(m[1]!.toLowerCase())) continue;
    const value = decodeXml(m[2]!.slice(1, -1)).trim();
    if (isReservedKey(value)) {
      return `${m[1]}="${value}" is a reserved JavaScript name (__proto__, constructor, prototype) and cannot be an id or attribute name; rename it`;
    }
  }
  return null;
}
