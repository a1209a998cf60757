// The cue lexicon: every inflected reporting verb in one Map, prepositional cues, and verbs that take a to-infinitive.
import { SPEECH_VERBS, WEAK_CUE_VERBS } from "./lexicon-cue-verbs.ts";

/** How a cue word behaves: a finite verb ("said"), a participle that borrows its clause's subject ("adding"), or "according (to)". */
export type CueKind = "verb" | "participle" | "according";

/** Cues whose content follows a preposition: "talked about the deficit", "railed against the deal". */
export const PREP_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["talk", new Set(["about", "of"])],
  ["speak", new Set(["about", "of", "on"])],
  ["rail", new Set(["against"])],
  ["complain", new Set(["about", "of"])],
  ["warn", new Set(["against", "of", "about"])],
  ["testify", new Set(["about", "that"])],
  ["comment", new Set(["on"])],
  ["write", new Set(["about", "of"])],
  ["speculate", new Set(["about", "on"])],
  ["boast", new Set(["about", "of"])],
  ["brag", new Set(["about"])],
  ["joke", new Set(["about"])],
  ["worry", new Set(["about"])],
  ["blame", new Set([])],
  ["echo", new Set([])],
  ["press", new Set(["for"])],
  ["call", new Set([])],
]);

/** Verbs whose content may be a to-infinitive ("pledged to cut taxes"); for the rest "claimed to annex" is not speech. */
export const TAKES_INFINITIVE = new Set([
  "want",
  "plan",
  "pledge",
  "vow",
  "promise",
  "agree",
  "refuse",
  "seek",
  "demand",
  "propose",
  "intend",
  "decide",
  "offer",
  "threaten",
  "urge",
  "encourage",
  "ask",
  "call",
  "warn",
  "tell",
  "hope",
  "expect",
]);

const IRREGULAR: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  think: ["think", "thinks", "thought", "thinking"],
  find: ["find", "finds", "found", "finding"],
  show: ["show", "shows", "showed", "shown", "showing"],
  swear: ["swear", "swears", "swore", "sworn", "swearing"],
  seek: ["seek", "seeks", "sought", "seeking"],
  speak: ["speak", "speaks", "spoke", "spoken", "speaking"],
  feel: ["feel", "feels", "felt", "feeling"],
  see: ["see", "sees", "saw", "seen", "seeing"],
  learn: ["learn", "learns", "learned", "learnt", "learning"],
  understand: ["understand", "understands", "understood", "understanding"],
  plan: ["plan", "plans", "planned", "planning"],
  know: ["know", "knows", "knew", "known", "knowing"],
};

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return IRREGULAR[base];
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const ies = /[^aeiou]y$/.test(base);
  const third = ies ? base.slice(0, -1) + "ies" : /(s|sh|ch|x|z)$/.test(base) ? base + "es" : base + "s";
  // one-syllable consonant-vowel-consonant verbs double the consonant: dub → dubbed, slam → slamming, brag → bragged
  const doubles = /^(admit|regret|commit|quip|refer|compel)$/.test(base) || /^[^aeiou]*[aeiou][bdgmnprt]$/.test(base);
  const past = ies
    ? base.slice(0, -1) + "ied"
    : base.endsWith("e")
      ? base + "d"
      : doubles
        ? base + base.slice(-1) + "ed"
        : base + "ed";
  const ing = doubles ? base + base.slice(-1) + "ing" : stem + "ing";
  return [base, third, past, ing];
}

const WEAK: ReadonlySet<string> = new Set(WEAK_CUE_VERBS);

export interface CueInfo {
  kind: CueKind;
  base: string;
  /** true for verbs that only count with a following "that"-clause or an adjacent quote */
  weak: boolean;
  /** "told"-type verbs take an addressee before their clause */
  takesAddressee: boolean;
}

export const CUES: ReadonlyMap<string, CueInfo> = (() => {
  const m = new Map<string, CueInfo>();
  const addressee = new Set(["tell", "ask", "urge", "encourage", "warn", "assure", "promise", "remind", "inform"]);
  for (const base of SPEECH_VERBS) {
    for (const form of inflect(base)) {
      const kind: CueKind = form.endsWith("ing") && form !== "bring" ? "participle" : "verb";
      if (!m.has(form)) m.set(form, { kind, base, weak: WEAK.has(base), takesAddressee: addressee.has(base) });
    }
  }
  m.set("according", { kind: "according", base: "according", weak: false, takesAddressee: false });
  return m;
})();
