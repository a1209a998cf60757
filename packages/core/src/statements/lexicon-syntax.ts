// Word lists the cue patterns consult to tell verbs from nouns and to pick a clause's shape.

/** -s/-ed words that are not verbs reporting a claim, though "that" follows them */
export const NOT_VERB = new Set(["is", "was", "has", "does", "as", "this", "thus", "unless", "was", "needs", "means", "ensures", "makes", "used", "seems", "appears", "proves", "required", "requires", "ordered", "orders", "assumes", "assumed", "provided", "provides", "given", "less", "unless", "process", "access", "less", "progress", "pledges", "reports", "claims", "notes", "rules", "ruled", "times", "days", "years", "weeks", "months", "ones", "things", "changes", "signs", "odds", "chances", "hopes", "fears", "views", "news", "numbers", "facts", "details", "questions", "issues", "states", "laws", "policies", "concerns", "stories", "comments", "remarks", "statements", "words", "reasons", "rumors", "allegations", "accusations", "evidence", "indicates"]);
/** Verbs that put the speaker after them: "“…,” said Vale"; "“peace” plan stalled" is no inversion. */
export const INVERTIBLE = new Set(["exclaim", "confess", "bark", "snap", "mutter", "murmur", "whisper", "scream", "gush", "rave", "fume", "grumble", "marvel", "interject", "chime", "sigh", "chuckle", "laugh", "plead", "beg", "cry", "answer", "say", "add", "tell", "ask", "write", "note", "explain", "insist", "argue", "claim", "warn", "reply", "continue", "respond", "declare", "conclude", "recall", "observe", "remark", "announce", "report", "state", "counter", "tweet", "post", "quip", "joke", "retort", "concede", "admit", "acknowledge", "predict", "suggest", "complain", "boast", "confirm", "deny"]);
/** After these a cue-like word is a noun: "the torrent of challenges", "despite repeated warnings". */
export const NOUN_CONTEXT = new Set(["the", "a", "an", "of", "in", "on", "at", "for", "with", "by", "from", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "such", "despite", "about", "into", "without", "no", "any", "every", "each", "some", "many", "most", "other", "new", "recent", "earlier", "public", "latest"]);
/** Participles that report speech even without a comma before them: "a statement saying …". */
export const SPEECH_PARTICIPLE = new Set(["saying", "claiming", "arguing", "warning", "noting", "insisting", "asserting", "suggesting", "stating", "declaring", "announcing", "explaining", "adding"]);
/** Belief verbs that take a clause without "that" after a named subject: "Vale believes the deal holds". */
export const BELIEF = new Set(["believe", "think", "fear", "hope", "expect", "doubt", "feel", "worry", "know"]);
/** Words that open such a clause. */
export const CLAUSE_OPENER = /^(?:he|she|it|they|we|i|you|his|her|their|its|the|this|these|those|there)$/;
/** Verbs whose content only comes after a preposition: "spoke about X", never "spoke X". */
export const PREP_ONLY = new Set(["speak", "talk"]);
/** Intentions report a position only with "to" or "that": "plans to sue", never "is planning another trip". */
export const INFINITIVE_ONLY = new Set(["plan", "intend", "decide", "refuse"]);
/** Conjunctions after a comma that may start a second, separately attributed clause. */
export const COORD = new Set(["and", "but", "while", "whereas", "although", "though", "even", "yet"]);
/** Reporting verbs whose -s form is more often a plural noun ("reports", "pledges"): weak in that form. */
export const NOUNISH = new Set(["press", "stress", "talk", "challenge", "echo", "concern", "fear", "hope", "doubt", "plan", "support", "demand", "attack", "call", "label", "brand", "read", "state", "report", "claim", "pledge", "note", "promise", "vow", "comment", "tweet", "post", "question", "charge", "estimate", "warn", "reply", "remark", "answer", "statement", "finding", "show"]);
/** Naming verbs: their object ends with the quoted name they give ("called it “a farce,” a phrase that …"). */
export const NAMING = new Set(["type", "deem", "call", "dub", "label", "brand", "term", "nickname", "describe", "characterize", "hail", "dismiss", "reject", "deride", "mock"]);
/** Verbs whose quoted object is a work's title ("read from “Salt And Iron”", "known as “The Act”"), not the subject's words. */
export const PERFORMS = new Set(["read", "sing", "recite", "reference", "cite", "quote", "know"]);
/** After "that", these make it a relative clause ("the statement that was issued", "attacks that have defined"), not the content. */
export const RELATIVE_NEXT = new Set(["was", "is", "were", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should"]);
