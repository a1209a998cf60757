// Exchange clustering (Kneser & Ney 1993; Martin et al. 1998): moves each word to the class that most increases
// the class-bigram log-likelihood, the objective Brown clustering optimises. Deterministic for a given input.

/** f(n) = n log n with a table for small counts (the hot path evaluates it billions of times). */
const TABLE = 1 << 20;
const NLOGN = new Float64Array(TABLE);
for (let i = 1; i < TABLE; i++) NLOGN[i] = i * Math.log(i);
const f = (n: number): number => (n < TABLE ? NLOGN[n]! : n * Math.log(n));

export interface Bigrams {
  /** number of word types; the last one is the fixed sentence-boundary word */
  V: number;
  rightOff: Int32Array;
  rightIds: Int32Array;
  rightN: Int32Array;
  leftOff: Int32Array;
  leftIds: Int32Array;
  leftN: Int32Array;
}

/** Build CSR neighbour lists from a corpus of word ids (the boundary word id is V - 1). */
export function bigrams(corpus: Int32Array, V: number): Bigrams {
  const pairs = new Map<number, number>();
  for (let i = 0; i + 1 < corpus.length; i++) {
    const k = corpus[i]! * V + corpus[i + 1]!;
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  const build = (left: boolean) => {
    const off = new Int32Array(V + 1);
    for (const k of pairs.keys()) off[(left ? k % V : Math.floor(k / V)) + 1]!++;
    for (let i = 0; i < V; i++) off[i + 1]! += off[i]!;
    const pos = off.slice(0, V);
    const ids = new Int32Array(pairs.size);
    const n = new Int32Array(pairs.size);
    for (const [k, c] of [...pairs].sort((a, b) => a[0] - b[0])) {
      const w = left ? k % V : Math.floor(k / V);
      const o = left ? Math.floor(k / V) : k % V;
      ids[pos[w]!] = o;
      n[pos[w]!++] = c;
    }
    return { off, ids, n };
  };
  const r = build(false);
  const l = build(true);
  return { V, rightOff: r.off, rightIds: r.ids, rightN: r.n, leftOff: l.off, leftIds: l.ids, leftN: l.n };
}

/** Cluster words 0..V-2 into K classes (class K holds the boundary word). Words are in frequency order. */
export function exchange(bg: Bigrams, K: number, iters: number, log?: (m: string) => void): Int32Array {
  const { V } = bg;
  const KK = K + 1;
  const cls = new Int32Array(V);
  for (let w = 0; w < V - 1; w++) cls[w] = w % K;
  cls[V - 1] = K;
  const N = new Float64Array(KK * KK);
  const NL = new Float64Array(KK);
  const NR = new Float64Array(KK);
  for (let w = 0; w < V; w++) {
    for (let j = bg.rightOff[w]!; j < bg.rightOff[w + 1]!; j++) {
      const n = bg.rightN[j]!;
      N[cls[w]! * KK + cls[bg.rightIds[j]!]!]! += n;
      NL[cls[w]!]! += n;
      NR[cls[bg.rightIds[j]!]!]! += n;
    }
  }
  const rc = new Float64Array(KK);
  const lc = new Float64Array(KK);
  const rT = new Int32Array(KK);
  const lT = new Int32Array(KK);
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let w = 0; w < V - 1; w++) {
      let nr = 0,
        nl = 0,
        self = 0,
        cwL = 0,
        cwR = 0;
      for (let j = bg.rightOff[w]!; j < bg.rightOff[w + 1]!; j++) {
        const v = bg.rightIds[j]!,
          n = bg.rightN[j]!;
        cwL += n;
        if (v === w) {
          self += n;
          continue;
        }
        const d = cls[v]!;
        if (rc[d] === 0) rT[nr++] = d;
        rc[d]! += n;
      }
      for (let j = bg.leftOff[w]!; j < bg.leftOff[w + 1]!; j++) {
        const u = bg.leftIds[j]!,
          n = bg.leftN[j]!;
        cwR += n;
        if (u === w) continue;
        const c = cls[u]!;
        if (lc[c] === 0) lT[nl++] = c;
        lc[c]! += n;
      }
      const a = cls[w]!;
      const apply = (b: number, sign: number) => {
        for (let i = 0; i < nr; i++) N[b * KK + rT[i]!]! += sign * rc[rT[i]!]!;
        for (let i = 0; i < nl; i++) N[lT[i]! * KK + b]! += sign * lc[lT[i]!]!;
        N[b * KK + b]! += sign * self;
        NL[b]! += sign * cwL;
        NR[b]! += sign * cwR;
      };
      apply(a, -1);
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < K; b++) {
        let g = 0;
        const row = b * KK;
        for (let i = 0; i < nr; i++) {
          const d = rT[i]!;
          if (d === b) continue;
          const x = N[row + d]!;
          g += f(x + rc[d]!) - f(x);
        }
        for (let i = 0; i < nl; i++) {
          const c = lT[i]!;
          if (c === b) continue;
          const x = N[c * KK + b]!;
          g += f(x + lc[c]!) - f(x);
        }
        const diag = N[row + b]!;
        g += f(diag + rc[b]! + lc[b]! + self) - f(diag);
        g -= f(NL[b]! + cwL) - f(NL[b]!) + f(NR[b]! + cwR) - f(NR[b]!);
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      apply(best, 1);
      if (best !== a) moved++;
      cls[w] = best;
      for (let i = 0; i < nr; i++) rc[rT[i]!] = 0;
      for (let i = 0; i < nl; i++) lc[lT[i]!] = 0;
    }
    log?.(`K=${K} iteration ${it + 1}/${iters}: ${moved} words moved`);
    if (moved === 0) break;
  }
  return cls;
}
