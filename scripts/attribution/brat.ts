// Read PolNeAR brat standoff (.ann) into attributions with content, cue and source fragments.

/** A half-open character range; discontinuous spans are lists of these. */
export interface Frag {
  start: number;
  end: number;
}

export interface Attribution {
  content: Frag[];
  cue: Frag[];
  source: Frag[];
  /** ours only: the rule or model that made it (error listings break errors down by it) */
  rule?: string;
}

/** Parse one .ann file. Only E lines that tie a Content to an attribution count; Discard/Discuss are ignored. */
export function parseAnn(ann: string): Attribution[] {
  const spans = new Map<string, Frag[]>();
  const events: string[][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split("\t");
    const id = cols[0] ?? "";
    if (id.startsWith("T") && cols[1]) {
      const sp = cols[1].indexOf(" ");
      const frags = cols[1]
        .slice(sp + 1)
        .split(";")
        .map((f) => {
          const [a, b] = f.trim().split(/\s+/).map(Number);
          return { start: a!, end: b! };
        });
      if (frags.every((f) => Number.isFinite(f.start) && Number.isFinite(f.end) && f.end >= f.start))
        spans.set(id, frags);
    } else if (id.startsWith("E") && cols[1]) events.push(cols[1].trim().split(/\s+/));
  }
  const out: Attribution[] = [];
  for (const args of events) {
    const a: Attribution = { content: [], cue: [], source: [] };
    for (const arg of args) {
      const [role, ref] = arg.split(":");
      const frags = ref ? spans.get(ref) : undefined;
      if (!frags) continue;
      if (role === "Content") a.content.push(...frags);
      else if (role === "Cue") a.cue.push(...frags);
      else if (role === "Source") a.source.push(...frags);
    }
    if (a.content.length > 0) out.push(a);
  }
  return out;
}
