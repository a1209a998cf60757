// Name keys of one resolution run, each worked out once per distinct string: a corpus repeats its names thousands of times.
import { norm, parseName, translit, type PersonName } from "../entities/names.ts";

/**
 * Memoised `parseName`, `norm` and `translit` (pure functions of their string) for one run of resolveAcrossDocuments.
 * On BBC + Reuters about a third of a million entity mentions share a few tens of thousands of names, and the regular
 * expressions and Unicode normalisation behind each key were most of resolution's own time. Scoped to one run, so the
 * tables go with the run's other working sets. The parsed names are shared between items: nothing mutates them.
 */
export class NameKeys {
  private readonly parsed = new Map<string, PersonName>();
  private readonly normed = new Map<string, string>();
  private readonly trans = new Map<string, string>();

  parse(name: string): PersonName {
    let p = this.parsed.get(name);
    if (p === undefined) this.parsed.set(name, (p = parseName(name)));
    return p;
  }

  norm(s: string): string {
    let k = this.normed.get(s);
    if (k === undefined) this.normed.set(s, (k = norm(s)));
    return k;
  }

  translit(s: string): string {
    let k = this.trans.get(s);
    if (k === undefined) this.trans.set(s, (k = translit(s)));
    return k;
  }
}
