// Stage `statements`: tables of invented sentences for the less common frames — as-, colon-, fronted- and relative-framed
// attributions, manner-of-speaking verbs, continuations — and what keeps their spans and speakers right.
import { describe, expect, test } from "vitest";
import { C, P, expectStatements, run, type Row } from "./statements-helpers.ts";

const rows: Row[] = [
  [
    "a closing mark used to open after a space",
    "Ivo Brandt spoke. ” … what I learned is that the dam will fail,” he said.",
    [P("Ivo Brandt")],
    [
      {
        kind: "direct",
        text: "… what I learned is that the dam will fail,",
        speaker: "person:ivo-brandt",
        source: "he",
        cue: "said",
      },
    ],
  ],
  [
    "promise with a noun-phrase object",
    "Mara Quell is promising lower rents and “homes, homes, homes,” but she has also raised fees.",
    [P("Mara Quell")],
    [{ kind: "mixed", text: "lower rents and “homes, homes, homes,”", speaker: "person:mara-quell", cue: "promising" }],
  ],
  [
    "a second, non-speech verb after and ends the clause",
    "Tomas Reyl wrote that the board was “reckless” and encouraged members to “vote it out.”",
    [P("Tomas Reyl")],
    [
      { kind: "mixed", text: "the board was “reckless”", speaker: "person:tomas-reyl", cue: "wrote" },
      { kind: "mixed", text: "members to “vote it out.”", speaker: "person:tomas-reyl", cue: "encouraged" },
    ],
  ],
  [
    "a cue whose quote is claimed frames the next one",
    "Anja Vetter scolded him: “The data is against you,” she said. “Nobody believes the pills work.”",
    [P("Anja Vetter")],
    [
      { kind: "direct", text: "The data is against you,", speaker: "person:anja-vetter", cue: "scolded" },
      {
        kind: "direct",
        text: "Nobody believes the pills work.",
        speaker: "person:anja-vetter",
        source: "she",
        cue: "said",
      },
    ],
  ],
  [
    "a show's title before the subject is not the quote",
    "On the weekend broadcast of “Harbor Talk Tonight,” Ivo Brandt said the levy was only “a stunt.”",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the levy was only “a stunt.”", speaker: "person:ivo-brandt", cue: "said" }],
  ],
  [
    "a colon after a named subject's clause frames a quote",
    "Worried about turnout, Mayor Tomas Reyl is rolling out a new slogan: “It’s about you.”",
    [P("Tomas Reyl")],
    [{ kind: "direct", text: "It’s about you.", speaker: "person:tomas-reyl", source: "Mayor Tomas Reyl" }],
  ],
  [
    "a colon after an unnamed subject gives no source (the colon is the cue: a frame with no verb)",
    "The sign on the mill door had one rule: “No dogs past this gate.”",
    [],
    [{ kind: "direct", text: "No dogs past this gate.", speaker: null, source: null, cue: ":" }],
  ],
  [
    "a determiner and an adjective are no subject",
    "The continued raids underscore a pattern: not budging, blaming Brevik for the delays.",
    [],
    [{ kind: "indirect", text: "Brevik for the delays", speaker: null, source: null, cue: "blaming" }],
  ],
  [
    "as X put it",
    "The mill was, as Anja Vetter put it in her memoir, “the heart of the valley.”",
    [P("Anja Vetter")],
    [
      {
        kind: "direct",
        text: "the heart of the valley.",
        speaker: "person:anja-vetter",
        source: "Anja Vetter",
        cue: "put it",
      },
    ],
  ],
  [
    "a verb, its object and as “…”",
    "Mara Quell, in particular, has been steadily pounding Ivo Brandt as a “fraud” since May.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [
      {
        kind: "mixed",
        text: "Ivo Brandt as a “fraud”",
        speaker: "person:mara-quell",
        source: "Mara Quell",
        cue: "pounding",
      },
    ],
  ],
  [
    "used the phrase",
    "Tomas Reyl has used the phrase “quiet surrender” often this year.",
    [P("Tomas Reyl")],
    [
      {
        kind: "mixed",
        text: "“quiet surrender” often this year",
        speaker: "person:tomas-reyl",
        cue: "used the phrase",
      },
    ],
  ],
  [
    "a noun cue in a fronted phrase ends at its comma",
    "Contrary to his claim that voters would “learn nothing,” the files ran to nine hundred pages.",
    [],
    [{ kind: "mixed", text: "voters would “learn nothing,”", speaker: null, source: "his", cue: "claim" }],
  ],
  [
    "a weak participle after a comma frames quoted words",
    "“You failed them,” Anja Vetter said, referencing the bank’s push to “cross-sell” loans.",
    [P("Anja Vetter")],
    [
      { kind: "direct", text: "You failed them,", speaker: "person:anja-vetter" },
      {
        kind: "mixed",
        text: "the bank’s push to “cross-sell” loans",
        speaker: "person:anja-vetter",
        cue: "referencing",
      },
    ],
  ],
  [
    "a doubled consonant in the past tense",
    "Ivo Brandt slammed the levy as “theft”.",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the levy as “theft”", speaker: "person:ivo-brandt", cue: "slammed" }],
  ],
  [
    "the relative's antecedent is not the pronoun's referent",
    "Ivo Brandt spoke first. Later he mocked Tomas Reyl, who he dubbed “the little mayor.”",
    [P("Ivo Brandt"), P("Tomas Reyl")],
    // late-spans.ts: the relative word is the first part, as PolNeAR marks it ("who | he dubbed | …")
    [
      {
        kind: "mixed",
        text: "who he dubbed “the little mayor.”",
        speaker: "person:ivo-brandt",
        source: "he",
        cue: "dubbed",
      },
    ],
  ],
  [
    "answered after a one-word quote",
    "Mara Quell was asked to pick. “Brevik,” she answered.",
    [P("Mara Quell")],
    [{ kind: "direct", text: "Brevik,", speaker: "person:mara-quell", source: "she", cue: "answered" }],
  ],
  [
    "refers to … as “…”",
    "Tomas Reyl refers to the governor as “Ivo.”",
    [P("Tomas Reyl")],
    [{ kind: "mixed", text: "the governor as “Ivo.”", speaker: "person:tomas-reyl", cue: "refers to" }],
  ],
  [
    "a participle after by",
    "Mara Quell won the room by proposing a “harbour tax” for cruise lines.",
    [P("Mara Quell")],
    [{ kind: "mixed", text: "a “harbour tax” for cruise lines", speaker: "person:mara-quell", cue: "proposing" }],
  ],
  [
    "a participle after before ends the clause",
    "Ivo Brandt said the ruling had “kept us safe” before claiming that the border was “open.”",
    [P("Ivo Brandt")],
    [
      { kind: "mixed", text: "the ruling had “kept us safe”", speaker: "person:ivo-brandt", cue: "said" },
      { kind: "mixed", text: "the border was “open.”", speaker: "person:ivo-brandt", cue: "claiming" },
    ],
  ],
  [
    "a fronted when-clause ends at its comma",
    "When Anja Vetter said that the vault held “no direct evidence,” the auditors left.",
    [P("Anja Vetter")],
    [{ kind: "mixed", text: "the vault held “no direct evidence,”", speaker: "person:anja-vetter", cue: "said" }],
  ],
  [
    "a cue word after a determiner is a noun subject",
    "The secretary of state said the ferry would run.",
    [],
    [{ kind: "indirect", text: "the ferry would run", speaker: null, source: "The secretary of state", cue: "said" }],
  ],
  [
    "a doubled opening mark",
    'Nobody asked. "“We lost the vote,” Mara Quell said.',
    [P("Mara Quell")],
    [{ kind: "direct", text: "We lost the vote,", speaker: "person:mara-quell", cue: "said" }],
  ],
  [
    "a show's title after a possessive",
    "On the channel’s “Harbor Hour,” Ivo Brandt said the deal was “a mirage.”",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the deal was “a mirage.”", speaker: "person:ivo-brandt", cue: "said" }],
  ],
  [
    "a quantifier as the subject",
    "The crowd cheered. Some chanted “four more years” all night.",
    [],
    [{ kind: "mixed", text: "“four more years” all night", speaker: null, source: "Some", cue: "chanted" }],
  ],
  [
    "a plural-looking cue before an object pronoun is a verb",
    "The former first lady calls it her “steady gene”; rivals disagree.",
    [],
    [{ kind: "mixed", text: "it her “steady gene”", speaker: null, source: "The former first lady", cue: "calls" }],
  ],
  [
    "a long object before as “…”",
    "Chancellor Anja Vetter heralded the port’s deal with Brevik as a “breakthrough.”",
    [P("Anja Vetter")],
    [
      {
        kind: "mixed",
        text: "the port’s deal with Brevik as a “breakthrough.”",
        speaker: "person:anja-vetter",
        cue: "heralded",
      },
    ],
  ],
  [
    "a colon quote after a long opening phrase",
    "With party leaders worried about turnout among the young, Mayor Tomas Reyl is rolling out a slogan: “It’s about you.”",
    [P("Tomas Reyl")],
    [{ kind: "direct", text: "It’s about you.", speaker: "person:tomas-reyl", source: "Mayor Tomas Reyl" }],
  ],
  [
    "a contracted has after a relative pronoun",
    "Mara Quell, who’s argued for years that the levy is unfair, spoke last.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the levy is unfair", speaker: "person:mara-quell", source: "who", cue: "argued" }],
  ],
  [
    "a communicative act without a reporting verb",
    "Mara Quell endorsed Ivo Brandt for the harbour seat.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [{ kind: "indirect", text: "Ivo Brandt for the harbour seat", speaker: "person:mara-quell", cue: "endorsed" }],
  ],
  [
    "any verb framing the subject's quoted words",
    "Mara Quell attacked the levy, which she reckoned a “tax on bread.”",
    [P("Mara Quell")],
    [
      {
        kind: "mixed",
        text: "the levy, which she reckoned a “tax on bread.”",
        speaker: "person:mara-quell",
        cue: "attacked",
      },
    ],
  ],
  [
    "an apposition's name is not the speaker",
    "Tomas Reyl QC, a member of Anja Vetter's chambers, says the war was illegal.",
    [P("Tomas Reyl"), P("Anja Vetter")],
    [{ kind: "indirect", text: "the war was illegal", speaker: "person:tomas-reyl", cue: "says" }],
  ],
  [
    "a participle takes a subject with a present-tense verb",
    "Throughout the talks, Valdoria seems to reset the clock, demanding further rounds.",
    [C("Valdoria")],
    [{ kind: "indirect", text: "further rounds", speaker: "country:valdoria", source: "Valdoria", cue: "demanding" }],
  ],
  [
    "she skips the nearer man the text calls Mr",
    "Ms Anja Vetter and Mr Ivo Brandt met the press. “We are ready,” she said.",
    [P("Anja Vetter"), P("Ivo Brandt")],
    [{ kind: "direct", text: "We are ready,", speaker: "person:anja-vetter", source: "she" }],
  ],
  [
    "he skips the nearer woman the text calls Mrs",
    "Mr Ivo Brandt greeted Mrs Anja Vetter. “It went well,” he said.",
    [P("Anja Vetter"), P("Ivo Brandt")],
    [{ kind: "direct", text: "It went well,", speaker: "person:ivo-brandt", source: "he" }],
  ],
  [
    "a document speaks through a relative that",
    "Mara Quell released a letter from her doctor that says she is in “excellent health” today.",
    [P("Mara Quell")],
    [
      {
        kind: "mixed",
        text: "she is in “excellent health” today",
        speaker: null,
        source: "a letter from her doctor",
        cue: "says",
      },
    ],
  ],
  [
    "a dash-delimited relative apposition",
    "But Kestrel Bank - which has a 22% share of the harbour loan market - said that rates were easing.",
    [],
    [{ kind: "indirect", text: "rates were easing", speaker: null, source: "Kestrel Bank", cue: "said" }],
  ],
  [
    "claimed with a clause about a title",
    "Mara Quell claimed Ivo Brandt stole the title.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [{ kind: "indirect", text: "Ivo Brandt stole the title", speaker: "person:mara-quell", cue: "claimed" }],
  ],
  [
    "a year before the subject belongs to the opening phrase",
    "In 2004 Kestrel Bank said it had seen double digit growth.",
    [],
    [{ kind: "indirect", text: "it had seen double digit growth", speaker: null, source: "Kestrel Bank", cue: "said" }],
  ],
  [
    "a participle between commas stays inside the clause",
    "Analysts said the deal, never written down, had done little for markets.",
    [],
    [
      {
        kind: "indirect",
        text: "the deal, never written down, had done little for markets",
        speaker: null,
        source: "Analysts",
        cue: "said",
      },
    ],
  ],
  [
    "a coordinated clause before an inverted cue is the content, not an apposition",
    "The refusal did not go over well, and the meeting soured from there, said one source in the room.",
    [],
    [
      {
        kind: "indirect",
        text: "The refusal did not go over well, and the meeting soured from there",
        speaker: null,
        source: "one source in the room",
        cue: "said",
      },
    ],
  ],
  [
    "a phrase after the mid-clause cue is not the content",
    "The richest pay 20 percent, Ivo Brandt said, compared with 9 percent for the rest.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "The richest pay 20 percent", speaker: "person:ivo-brandt", cue: "said" }],
  ],
  [
    "an addressee ends where the reported clause's determiner begins",
    "Ivo Brandt told reporters the deal was dead.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the deal was dead", speaker: "person:ivo-brandt", cue: "told" }],
  ],
  [
    "a time phrase after the addressee",
    "Ivo Brandt told reporters on Thursday the deal was dead.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the deal was dead", speaker: "person:ivo-brandt", cue: "told" }],
  ],
  [
    "a stray straight mark does not flip the quotes after it",
    'Stray mark here." Ivo Brandt said: "We will end up with a split system." But Mara Quell said it was "rather good" news.',
    [P("Ivo Brandt"), P("Mara Quell")],
    [
      { kind: "direct", text: "We will end up with a split system.", speaker: "person:ivo-brandt" },
      { kind: "mixed", text: 'it was "rather good" news', speaker: "person:mara-quell" },
    ],
  ],
  [
    "was quoted as saying",
    "“The biggest risk is the water,” the aid agency was quoted as saying.",
    [],
    [
      {
        kind: "direct",
        text: "The biggest risk is the water,",
        speaker: null,
        source: "the aid agency",
        cue: "quoted as saying",
      },
    ],
  ],
  [
    "an inverted -s cue before a titled name",
    "“We cannot assume the brain stays the same,” warns Baroness Anja Vetter.",
    [P("Anja Vetter")],
    [
      {
        kind: "direct",
        text: "We cannot assume the brain stays the same,",
        speaker: "person:anja-vetter",
        cue: "warns",
      },
    ],
  ],
  [
    "a quote right after a named speaker's reported clause is theirs",
    "Mara Quell said the audit had found a list of debts. “We will pay every one of them.”",
    [P("Mara Quell")],
    [
      { kind: "indirect", text: "the audit had found a list of debts", speaker: "person:mara-quell" },
      {
        kind: "direct",
        text: "We will pay every one of them.",
        speaker: "person:mara-quell",
        source: "Mara Quell",
        cue: "said",
      },
    ],
  ],
  [
    "a quote two sentences later is not",
    "Mara Quell said the audit was done. Turnout was low. “We will pay,” said the mayor.",
    [P("Mara Quell")],
    [
      { kind: "indirect", text: "the audit was done", speaker: "person:mara-quell" },
      { kind: "direct", text: "We will pay,", speaker: null, source: "the mayor" },
    ],
  ],
  [
    "a bracketed tag before an apposition",
    "Rep. Ivo Brandt (D-Md.), chair of the harbour committee, said that the process was open.",
    [P("Ivo Brandt")],
    [
      {
        kind: "indirect",
        text: "the process was open",
        speaker: "person:ivo-brandt",
        source: "Rep. Ivo Brandt (D-Md.), chair of the harbour committee",
      },
    ],
  ],
  [
    "a relative clause inside an apposition is not the source",
    "But Ivo Brandt, a Republican who described himself as devout, said he recoiled.",
    [P("Ivo Brandt")],
    [
      { kind: "indirect", text: "himself as devout", speaker: null, source: "who" },
      { kind: "indirect", text: "he recoiled", speaker: "person:ivo-brandt", source: "Ivo Brandt, a Republican" },
    ],
  ],
  [
    "and said after an irregular past verb shares the subject",
    "Mara Quell shook her head and said, “No.”",
    [P("Mara Quell")],
    [{ kind: "direct", text: "No.", speaker: "person:mara-quell", source: "Mara Quell", cue: "said" }],
  ],
  [
    "and said after a copula, with a time phrase",
    "Ivo Brandt was quick to praise the deal and said this week that the race was close.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the race was close", speaker: "person:ivo-brandt", source: "Ivo Brandt", cue: "said" }],
  ],
  [
    "a participle's apposition may quote",
    'Mr. Ivo Brandt, citing "the magic of the port", said the candidate could win.',
    [P("Ivo Brandt")],
    [
      { kind: "mixed", text: '"the magic of the port"', speaker: null, cue: "citing" },
      {
        kind: "indirect",
        text: "the candidate could win",
        speaker: "person:ivo-brandt",
        // PolNeAR keeps another attribution's cue out of a source: the participle is its own statement
        source: "Mr. Ivo Brandt",
      },
    ],
  ],
  [
    "called after an apposition and a time phrase",
    "Speaker Ivo Brandt, the top Republican, on Tuesday called the remarks ''racist,'' a rare rebuke.",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the remarks ''racist,''", speaker: "person:ivo-brandt", cue: "called" }],
  ],
  [
    "which he called “…” is its own attribution",
    "Ivo Brandt said he backed the law on review boards, which he called “a cartel for schools.”",
    [P("Ivo Brandt")],
    [
      { kind: "indirect", text: "he backed the law on review boards", speaker: "person:ivo-brandt" },
      // the relative word is the first part (late-spans.ts)
      {
        kind: "mixed",
        text: "which he called “a cartel for schools.”",
        speaker: "person:ivo-brandt",
        source: "he",
        cue: "called",
      },
    ],
  ],
  [
    "two absolute phrases, each with its own speaker",
    "The two issued a statement, Mara Quell saying she was “very encouraged” and Ivo Brandt calling it a “great meeting.”",
    [P("Ivo Brandt"), P("Mara Quell")],
    [
      { kind: "mixed", text: "she was “very encouraged”", speaker: "person:mara-quell" },
      { kind: "mixed", text: "it a “great meeting.”", speaker: "person:ivo-brandt", cue: "calling" },
    ],
  ],
  [
    "a manner-of-speaking verb after a quote",
    "“Go back to the studio,” Tomas Reyl barked.",
    [P("Tomas Reyl")],
    [{ kind: "direct", text: "Go back to the studio,", speaker: "person:tomas-reyl", cue: "barked" }],
  ],
  [
    "a place phrase after the cue",
    "“It is not do or die,” Ivo Brandt said outside the hall.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "It is not do or die,", speaker: "person:ivo-brandt", cue: "said" }],
  ],
  [
    "a continued quote shares an unresolved source",
    "“It all overlapped,” the judge exclaimed, “every word of it.”",
    [],
    [
      {
        kind: "direct",
        text: "It all overlapped,” the judge exclaimed, “every word of it.",
        speaker: null,
        source: "the judge",
        cue: "exclaimed",
      },
    ],
  ],
];

describe("statements: less common frames", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});

describe("statements: acts and manner verbs that find nothing", () => {
  test.each([
    ["a manner verb with an object is no speech", "Mara Quell snapped a photo of the quay."],
    ["laughed at a thing", "Mara Quell laughed at the old map."],
    ["a noun-like cue before a relative that", "The two taped an hourlong show that aired on Thursday."],
    ["a bare day after said is a time", "Mara Quell said Friday as she entered the talks."],
    ["a short opening phrase before an inverted clause", "Mara Quell refused. And until Thursday, nobody asked."],
    ["told an outlet and a time, nothing reported", "Mara Quell told The Harbor Ledger on Thursday."],
    ["a thing called by its name", "The raid came from a firm called Harbor Systems that is based in Brevik."],
    ["a title claimed is no claim", "Mara Quell claimed her first harbour title, edging a rival into second."],
  ])("%s", (_name, text) => {
    expect(run(text, [P("Mara Quell")]).statements).toEqual([]);
  });
});

describe("statements: pronouns and the entities stage's gender", () => {
  test("a gender the entities stage gives (e.g. from a first name) steers he and she", async () => {
    const { entitiesFor } = await import("./statements-helpers.ts");
    const { segment } = await import("../src/text/segment.ts");
    const { extractStatements } = await import("../src/statements/extract.ts");
    const text = "Dorna Vetter met Ivo Brandt on Monday. “We are ready,” she said.";
    const ents = entitiesFor(text, [P("Dorna Vetter"), P("Ivo Brandt")]);
    const run = () =>
      extractStatements({ id: "t", text }, segment(text), ents, { attribution: null }).statements[0]!.speaker;
    expect(run()).toBe("person:ivo-brandt"); // without gender the nearest person
    ents.entities.find((e) => e.id === "person:ivo-brandt")!.gender = "male";
    expect(run()).toBe("person:dorna-vetter");
  });
});
