// Word lists for attribution: reporting verbs (cues), pronouns, skippable adverbs, clause words, outlet hints.

/** How a cue word behaves: a finite verb ("said"), a participle that borrows its clause's subject ("adding"), or "according (to)". */
export type CueKind = "verb" | "participle" | "according";

/** Reporting verbs by base form; inflections are generated below so the lookup is one Map.get per token. */
const SPEECH_VERBS = [
  "say", "tell", "add", "note", "write", "claim", "argue", "warn", "announce", "report", "state", "explain", "insist",
  "suggest", "acknowledge", "ask", "declare", "confirm", "deny", "admit", "predict", "estimate", "urge", "accuse",
  "reject", "condemn", "threaten", "assert", "contend", "maintain", "allege", "stress", "emphasize", "emphasise",
  "observe", "recall", "remark", "reply", "respond", "concede", "complain", "boast", "vow", "promise", "pledge",
  "tweet", "post", "testify", "argue", "caution", "counter", "believe", "think", "charge", "mention", "point",
  "disclose", "reveal", "indicate", "agree", "continue", "repeat", "conclude", "describe", "question", "criticize",
  "criticise", "praise", "blast", "slam", "dismiss", "lament", "acknowledge", "assure", "brag", "cite", "comment",
  "explain", "find", "show", "hint", "joke", "muse", "propose", "recount", "reiterate", "retort", "scoff", "speculate",
  "swear", "quip", "yell", "shout", "write", "fear", "hope", "expect", "worry", "wonder", "know", "doubt", "encourage",
  // naming verbs: only cues when the words they frame are quoted ("called the plan “a disaster”")
  "call", "dub", "label", "brand", "liken", "refer", "sing", "read", "decry", "denounce", "attack", "tout", "recite",
  // stances and intentions, which attribution corpora count as well: "the union wants to …", "Vale pledged to …"
  "want", "plan", "refuse", "seek", "support", "oppose", "demand", "propose", "intend", "endorse", "decide",
  "express", "defend", "blame", "press", "challenge", "highlight", "echo", "rail", "discuss", "talk", "speak",
  "feel", "remember", "learn", "recognize", "understand", "see", "assess", "conclude", "signal", "announce",
  // evaluative verbs that frame quoted words: "hailed him as “the comeback kid”"
  "proclaim", "chant", "exhort", "hail", "rate", "admire", "reference", "mock", "ridicule", "deride", "scold", "chide",
  "lambaste", "term", "characterize", "portray", "depict", "nickname", "compare", "laud", "applaud", "cheer", "quote",
  // writing something down: "the doctor had typed “…”", "others only specified “…”"
  "type", "specify", "answer", "mouth", "deem",
  // how words were said: "“Go back,” Vale barked", "“It overlapped,” the judge exclaimed"
  "exclaim", "confess", "bark", "snap", "mutter", "murmur", "whisper", "scream", "gush", "rave", "fume", "grumble",
  "marvel", "interject", "chime", "sigh", "chuckle", "laugh", "shrug", "plead", "beg", "cry",
];

/** Cues whose content follows a preposition: "talked about the deficit", "railed against the deal". */
export const PREP_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["talk", new Set(["about", "of"])], ["speak", new Set(["about", "of", "on"])], ["rail", new Set(["against"])],
  ["complain", new Set(["about", "of"])], ["warn", new Set(["against", "of", "about"])], ["testify", new Set(["about", "that"])],
  ["comment", new Set(["on"])], ["write", new Set(["about", "of"])], ["speculate", new Set(["about", "on"])],
  ["boast", new Set(["about", "of"])], ["brag", new Set(["about"])], ["joke", new Set(["about"])], ["worry", new Set(["about"])],
  ["blame", new Set([])], ["echo", new Set([])], ["press", new Set(["for"])], ["call", new Set([])],
]);

/** Verbs whose content may be a to-infinitive ("pledged to cut taxes"); for the rest "claimed to annex" is not speech. */
export const TAKES_INFINITIVE = new Set(["want", "plan", "pledge", "vow", "promise", "agree", "refuse", "seek", "demand", "propose", "intend", "decide", "offer", "threaten", "urge", "encourage", "ask", "call", "warn", "tell", "hope", "expect"]);

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
  if (IRREGULAR[base]) return IRREGULAR[base]!;
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const ies = /[^aeiou]y$/.test(base);
  const third = ies ? base.slice(0, -1) + "ies" : /(s|sh|ch|x|z)$/.test(base) ? base + "es" : base + "s";
  // one-syllable consonant-vowel-consonant verbs double the consonant: dub → dubbed, slam → slamming, brag → bragged
  const doubles = /^(admit|regret|commit|quip|refer|compel)$/.test(base) || /^[^aeiou]*[aeiou][bdgmnprt]$/.test(base);
  const past = ies ? base.slice(0, -1) + "ied" : base.endsWith("e") ? base + "d" : doubles ? base + base.slice(-1) + "ed" : base + "ed";
  const ing = doubles ? base + base.slice(-1) + "ing" : stem + "ing";
  return [base, third, past, ing];
}

/** Weak cues: thinking and evidence verbs, only accepted when followed by "that" or a quote. */
const WEAK = new Set(["exclaim", "confess", "bark", "snap", "mutter", "murmur", "whisper", "scream", "gush", "rave", "fume", "grumble", "marvel", "interject", "chime", "sigh", "chuckle", "laugh", "shrug", "plead", "beg", "cry", "type", "specify", "mouth", "deem", "proclaim", "chant", "exhort", "hail", "rate", "admire", "reference", "mock", "ridicule", "deride", "scold", "chide", "lambaste", "term", "characterize", "portray", "depict", "nickname", "compare", "laud", "applaud", "cheer", "quote", "feel", "remember", "learn", "recognize", "understand", "see", "signal", "call", "dub", "label", "brand", "liken", "refer", "sing", "read", "decry", "denounce", "attack", "tout", "recite", "believe", "think", "fear", "hope", "expect", "worry", "wonder", "know", "doubt", "find", "show", "agree", "continue", "point", "post", "hint", "comment", "praise", "indicate", "charge", "counter", "muse"]);

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

export const PRONOUNS: ReadonlyMap<string, "person" | "thing" | "plural" | "self"> = new Map([
  ["he", "person"], ["she", "person"], ["it", "thing"], ["they", "plural"], ["we", "self"], ["i", "self"], ["you", "self"],
]);

/** Words between a subject and its verb that are not part of the subject ("he also said", "officials have warned"). */
export const SKIP_BEFORE_CUE = new Set([
  "also", "has", "have", "had", "later", "previously", "then", "recently", "repeatedly", "once", "would", "will", "did",
  "does", "do", "reportedly", "publicly", "privately", "further", "again", "separately", "since", "often", "already",
  "had", "long", "now", "still", "never", "always", "just", "first", "initially", "subsequently", "similarly", "flatly",
  "simply", "bluntly", "frequently", "famously", "openly", "may", "might", "could", "should", "can", "must", "not",
  "explicitly", "even", "allegedly", "apparently", "specifically", "quickly", "angrily", "finally", "herself", "himself",
  "n't", "n’t", "once", "again", "now", "increasingly", "perhaps", "together", "jointly", "both", "too",
]);

/** Auxiliaries before an -ing cue make it a finite verb: "Clinton is stressing that …", "He’s claiming …". */
export const PROGRESSIVE_AUX = new Set(["is", "are", "was", "were", "been", "be", "'s", "’s", "'re", "’re", "am", "keeps", "kept"]);

/** Tokens a subject noun phrase never crosses when read leftwards from its verb. */
export const CLAUSE_WORDS = new Set([
  "that", "and", "but", "which", "as", "when", "if", "because", "while", "after", "before", "although", "though", "so",
  "or", "nor", "where", "whether", "than", "to", "is", "are", "was", "were", "be", "been", "being", "in", "on", "at",
  "for", "with", "by", "from", "about", "into", "over", "under", "said", "says", "told", "until", "unless", "what", "how",
  "why", "whom", "whose", "this", "these", "those", "yet", "not", "there", "here", "even", "just", "also", "like",
  "despite", "against", "among", "through", "across", "without", "during", "upon", "toward", "towards", "including",
  "regarding", "concerning", "excluding",
]);

/** Words that open a prepositional or time phrase, not a reported clause ("said on Twitter", "told in August"). */
export const NOT_CLAUSE_START = new Set([
  "outside", "inside", "near", "across", "around", "aboard", "behind", "amid", "among", "into", "onto", "toward",
  "towards", "within", "without", "against", "following", "upon", "beside", "alongside", "backstage",
  "on", "of", "in", "at", "when", "before", "after", "during", "as", "last", "this", "earlier", "later", "while", "to",
  "for", "with", "by", "from", "about", "since", "until", "yesterday", "today", "tonight", "recently", "afterward",
  "and", "but", "or", "so", "then", "through", "via", "under", "over", "is", "was",
]);

/** Passive markers: "was told", "is said to" are not attributions by the subject. */
export const PASSIVE = new Set(["was", "were", "is", "are", "be", "been", "being", "get", "got", "having"]);

/** Words that make a capitalised run after "told"/"on" an outlet or platform rather than a person. */
export const OUTLET_HINT =
  /\b(?:News|Times|Post|Journal|Brief|Press|Radio|TV|Television|Network|Channel|Magazine|Daily|Herald|Tribune|Guardian|Telegraph|Gazette|Wire|Agency|Broadcasting|Media|Reuters|Bloomberg|Politico|Axios|BBC|CNN|CNBC|MSNBC|NBC|ABC|CBS|NPR|PBS|AFP|AP|Fox|Breitbart|Twitter|X|Facebook|Instagram|Telegram|YouTube|TikTok|Truth Social|Reddit|LinkedIn|Substack|Threads|Bluesky|Weibo|Podcast|Show|Hour|Today|Nation|Sun|Mail|Mirror|Independent|Economist|Observer|Review|Star|Globe|Atlantic|Hill|Examiner|Monitor|Report|Insider|Vox|Slate)\b/;

/** Capitalised words that are times, not outlets ("said on Tuesday"). */
export const TIME_WORDS = /^(?:week|month|year|weekend|morning|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)$/;
