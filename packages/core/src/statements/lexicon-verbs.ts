// Verbs the attribution rules read: facts that are no stance, stance acts, irregular pasts, phrasal cues.
import { alternation } from "../util/word-regex.ts";

/** Irregular past tenses: a subject before one is a clause's subject ("Russia took …"). */
export const PAST_IRREGULAR: ReadonlySet<string> = new Set([
  "took",
  "went",
  "made",
  "gave",
  "spoke",
  "wrote",
  "led",
  "sent",
  "held",
  "put",
  "hit",
  "won",
  "lost",
  "met",
  "ran",
  "told",
  "said",
  "left",
  "brought",
  "struck",
  "sought",
  "fought",
  "threw",
  "broke",
  "stood",
  "came",
  "shook",
  "found",
  "thought",
  "knew",
  "saw",
  "felt",
  "began",
  "became",
  "kept",
  "got",
  "did",
  "sat",
  "heard",
  "paid",
  "rose",
  "fell",
  "drove",
  "flew",
  "grew",
  "chose",
  "drew",
  "wore",
  "swore",
  "hung",
  "sang",
  "beat",
  "spent",
  "built",
  "meant",
  "dealt",
  "laid",
  "quit",
  "forgot",
  "understood",
  "taught",
  "bought",
  "caught",
  "withdrew",
  "overtook",
  "undertook",
  "oversaw",
  "foresaw",
  "Vale was quick to … and said",
  "was",
  "were",
  "had",
]);

/** Irregular simple pasts of cue verbs (not their participles: "written", "spoken", "shown"). */
export const SIMPLE_PAST_CUES: readonly string[] = [
  "said",
  "told",
  "wrote",
  "spoke",
  "thought",
  "found",
  "swore",
  "saw",
  "felt",
  "knew",
  "sought",
  "understood",
  "learned",
  "learnt",
];
/** Cues a document may govern through a relative "that": "a letter that says", "a memo that warns". */
export const DOCUMENT_CUE_FORMS: readonly string[] = [
  "says",
  "said",
  "states",
  "stated",
  "claims",
  "claimed",
  "argues",
  "argued",
  "warns",
  "warned",
  "suggests",
  "suggested",
  "asserts",
  "asserted",
  "alleges",
  "alleged",
  "declares",
  "declared",
  "concludes",
  "concluded",
];
/** Participles after "was quoted as": the whole phrase reports like "said". */
export const QUOTED_AS_PARTICIPLES: readonly string[] = ["saying", "telling", "stating"];
/** Verbs after "went on to": "Vale went on to praise the crew". */
export const WENT_ON_TO: readonly string[] = [
  "say",
  "add",
  "contrast",
  "compare",
  "argue",
  "describe",
  "warn",
  "praise",
  "criticize",
  "suggest",
  "note",
  "explain",
  "accuse",
  "insist",
  "predict",
  "question",
  "urge",
  "thank",
  "promise",
];

/** Phrasal reporting verbs: the verb's forms, then what must follow it as a regex source ("raised questions about …"). */
export const PHRASAL_CUES: readonly { forms: readonly string[]; follows: string }[] = [
  {
    forms: ["raise", "raises", "raised", "raising"],
    follows: String.raw`(?:new\s+)?(?:questions|concerns|doubts)\s+(?:about|over)\b`,
  },
  {
    forms: ["show", "shows", "showed", "showing"],
    follows: String.raw`(?:\w+\s+)?(?:support|opposition)\s+(?:for|to)\b`,
  },
  // "has used the phrase “…”": the subject's own words, quoted
  {
    forms: ["use", "uses", "used", "using"],
    follows: String.raw`the\s+(?:phrase|term|word|words|expression|slogan|label)\b`,
  },
  {
    forms: ["express", "expresses", "expressed", "expressing"],
    follows: String.raw`(?:\w+\s+)?(?:concerns?|support|doubts?|opposition|frustration|hope|confidence)\s+(?:about|over|for|in|that|with)\b`,
  },
  { forms: ["take", "takes", "took", "taking"], follows: String.raw`aim\s+at\b` },
  {
    forms: ["go", "goes", "went", "gone", "going"],
    follows: String.raw`(?:after\b|on\s+to\s+(?:${alternation(WENT_ON_TO)})\b)`,
  },
  { forms: ["lash", "lashes", "lashed", "lashing"], follows: String.raw`out\s+at\b` },
  { forms: ["speak", "speaks", "spoke", "speaking"], follows: String.raw`out\s+(?:about|against|on)\b` },
  { forms: ["weigh", "weighs", "weighed", "weighing"], follows: String.raw`in\s+on\b` },
];
/** Verbs by which evidence reports a finding ("records show", "the survey found"). */
export const EVIDENCE_VERBS: readonly string[] = [
  "show",
  "shows",
  "showed",
  "suggest",
  "suggests",
  "suggested",
  "indicate",
  "indicates",
  "indicated",
  "reveal",
  "reveals",
  "revealed",
  "found",
  "finds",
];
/** Raising verbs: PolNeAR marks "X seemed to …" with the verb as cue, no source, and X with the rest as content. */
export const RAISING_VERBS: readonly string[] = ["seem", "seems", "seemed", "appear", "appears", "appeared"];

/** Irregular pasts of verbs of manner that frame a quote right after it ("“…,” Vale shot back", "“…” read one"). */
export const QUOTE_TAIL_IRREGULAR: readonly string[] = ["shot", "went", "spat", "read", "sang", "began"];
/** What may follow such a verb in its frame: punctuation aside, an adjunct ("with a laugh", "as if …", "when …"). */
export const QUOTE_TAIL_FOLLOWERS: readonly string[] = ["with", "as", "when", "while", "in", "at", "on", "after", "to"];

/**
 * Plain reporting verbs (base forms): a clause framed by one inside another clause is an attribution of its own, never
 * nested in it (`The levy failed, Vale said, and Reyl said the port would close`; interrupted.ts).
 */
export const PLAIN_REPORTING_VERBS: readonly string[] = ["say", "tell"];

/**
 * Participles that name their subject's own attitude ("are worried that", "is convinced", "are divided on"): no passive
 * frame, the subject holds the attitude and PolNeAR marks it as the source (train gold, a form of "be" before
 * one of these closing the cue: 80 times with a source before the cue, twice without; passive-frames.ts and
 * clause-subject.ts leave them).
 */
export const STANCE_PARTICIPLES: readonly string[] = [
  "worried",
  "concerned",
  "convinced",
  "divided",
  "impressed",
  "outraged",
  "outspoken",
  "poised",
  "inclined",
  "shocked",
  "scared",
  "terrified",
  "focused",
  "devoted",
  "dedicated",
  "committed",
  "determined",
  "startled",
  "surprised",
  "aligned",
  "unified",
  "united",
  "undecided",
  "engaged",
  "tired",
  "mobilized",
  "mystified",
  "puzzled",
  "confused",
  "interested",
  "intrigued",
  "satisfied",
  "opposed",
  "delighted",
  "pleased",
  "thrilled",
  "excited",
  "alarmed",
  "troubled",
  "disappointed",
  "dismayed",
  "frustrated",
  "annoyed",
  "angered",
  "embittered",
  "enamored",
];
