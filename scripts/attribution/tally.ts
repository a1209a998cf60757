// Counts of error classes with up to N examples each, printed most frequent first: the analysis scripts' one report shape.

export class Tally {
  private readonly counts = new Map<string, number>();
  private readonly examples = new Map<string, string[]>();

  constructor(private readonly show: number) {}

  bump(key: string, example: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const list = this.examples.get(key) ?? [];
    if (list.length < this.show) list.push(example);
    this.examples.set(key, list);
  }

  /** The classes by count (the first `limit`), each with its examples; `only` keeps keys holding that text. */
  print(limit = Infinity, only?: string): void {
    for (const [key, n] of [...this.counts].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
      if (only && !key.includes(only)) continue;
      console.log(`${String(n).padStart(5)}  ${key}`);
      for (const e of this.examples.get(key) ?? []) console.log(`         ${e}`);
    }
  }
}
