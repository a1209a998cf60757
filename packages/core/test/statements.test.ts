// Stage `statements`: tables of invented sentences — each attribution form, speakers, media, and rows that find nothing.
import { describe, expect, test } from "vitest";
import { C, O, P, expectStatements, run, type Row } from "./statements-helpers.ts";

const rows: Row[] = [
  [
    "curly quote, source then cue",
    "“We will not retreat,” Mara Quell said.",
    [P("Mara Quell")],
    [{ kind: "direct", text: "We will not retreat,", speaker: "person:mara-quell", source: "Mara Quell", cue: "said" }],
  ],
  [
    "straight quote, inverted cue",
    '"The plan failed," said Ivo Brandt, a former envoy.',
    [P("Ivo Brandt")],
    [
      {
        kind: "direct",
        text: "The plan failed,",
        speaker: "person:ivo-brandt",
        source: "Ivo Brandt, a former envoy",
        cue: "said",
      },
    ],
  ],
  [
    "mixed pair straight-open curly-close",
    'Tomas Reyl said the "talks will resume” soon.',
    [P("Tomas Reyl")],
    [{ kind: "mixed", text: 'the "talks will resume” soon', speaker: "person:tomas-reyl", cue: "said" }],
  ],
  [
    "cue before the quote with colon",
    "Anja Vetter said: “Nothing is settled.”",
    [P("Anja Vetter")],
    [{ kind: "direct", text: "Nothing is settled.", speaker: "person:anja-vetter", cue: "said" }],
  ],
  [
    "told an outlet before the quote",
    "Retired General Oskar Lindqvist told The Harbor Ledger, “We wait.”",
    [P("Oskar Lindqvist")],
    [
      {
        kind: "direct",
        text: "We wait.",
        speaker: "person:oskar-lindqvist",
        cue: "told",
        medium: "organization:the-harbor-ledger",
      },
    ],
  ],
  [
    "indirect with that",
    "Mara Quell said that the border would stay closed.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the border would stay closed", speaker: "person:mara-quell", cue: "said" }],
  ],
  [
    "indirect without that",
    "Ivo Brandt says the vote was rigged.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the vote was rigged", speaker: "person:ivo-brandt", cue: "says" }],
  ],
  [
    "told addressee that",
    "Mara Quell told factory workers that wages would rise.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "wages would rise", speaker: "person:mara-quell", cue: "told", medium: null }],
  ],
  [
    "according to, sentence initial",
    "According to Ivo Brandt, the deal is dead.",
    [P("Ivo Brandt")],
    [
      {
        kind: "indirect",
        text: "the deal is dead",
        speaker: "person:ivo-brandt",
        cue: "According to",
        source: "Ivo Brandt",
      },
    ],
  ],
  [
    "according to, sentence final",
    "The deal is dead, according to Ivo Brandt.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "The deal is dead", speaker: "person:ivo-brandt", cue: "according to" }],
  ],
  [
    "rejected … as “…”",
    "Tomas Reyl rejected the report as “pure invention”.",
    [P("Tomas Reyl")],
    [{ kind: "mixed", text: "the report as “pure invention”", speaker: "person:tomas-reyl", cue: "rejected" }],
  ],
  [
    "clause first, then source and cue",
    "The border will reopen in May, Anja Vetter said.",
    [P("Anja Vetter")],
    [{ kind: "indirect", text: "The border will reopen in May", speaker: "person:anja-vetter", cue: "said" }],
  ],
  [
    "country as speaker",
    "Valdoria claimed the drones came from the south.",
    [C("Valdoria")],
    [{ kind: "indirect", text: "the drones came from the south", speaker: "country:valdoria", cue: "claimed" }],
  ],
  [
    "organisation as speaker",
    "The Orbis Group warned that prices would climb.",
    [O("Orbis Group")],
    [{ kind: "indirect", text: "prices would climb", speaker: "organization:orbis-group", cue: "warned" }],
  ],
  [
    "surname refers back",
    "Mara Quell arrived late. “We are ready,” Quell said.",
    [P("Mara Quell", "Quell")],
    [{ kind: "direct", text: "We are ready,", speaker: "person:mara-quell", source: "Quell" }],
  ],
  [
    "pronoun to nearest person",
    "Ivo Brandt left the hall. “It is over,” he said.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "It is over,", speaker: "person:ivo-brandt", source: "he" }],
  ],
  [
    "the general → the named general",
    "General Oskar Lindqvist spoke first. “Hold the line,” the general said.",
    [P("Oskar Lindqvist")],
    [{ kind: "direct", text: "Hold the line,", speaker: "person:oskar-lindqvist", source: "the general" }],
  ],
  [
    "apposition before the cue",
    "“Stay calm,” Ivo Brandt, a former customs officer, told reporters.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "Stay calm,", speaker: "person:ivo-brandt", cue: "told", medium: null }],
  ],
  [
    "post on a platform",
    "“No deal,” Tomas Reyl said in a post on X.",
    [P("Tomas Reyl")],
    [{ kind: "direct", text: "No deal,", speaker: "person:tomas-reyl", medium: "organization:x" }],
  ],
  [
    "told us → the document source",
    "“We saw it,” Anja Vetter told us.",
    [P("Anja Vetter")],
    [{ kind: "direct", text: "We saw it,", speaker: "person:anja-vetter", medium: "organization:the-lantern" }],
  ],
  [
    "unknown speaker stays null",
    "“It was chaos,” the witness said.",
    [],
    [{ kind: "direct", text: "It was chaos,", speaker: null, source: "the witness" }],
  ],
  [
    "relative pronoun source",
    "The fund hired Ivo Brandt, who said the audit was clean.",
    [P("Ivo Brandt")],
    [{ kind: "indirect", text: "the audit was clean", speaker: "person:ivo-brandt", source: "who", cue: "said" }],
  ],
  [
    "progressive cue",
    "Mara Quell is stressing that the levee will hold.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the levee will hold", speaker: "person:mara-quell", cue: "stressing" }],
  ],
  [
    "bracketed party tag",
    "“We stay,” Sen. Ivo Brandt (D-Ore.) said.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "We stay,", speaker: "person:ivo-brandt", source: "Sen. Ivo Brandt (D-Ore.)" }],
  ],
  [
    "apposition after a noun",
    "The union's lawyer, Tomas Reyl, said the strike would go on.",
    [P("Tomas Reyl")],
    [{ kind: "indirect", text: "the strike would go on", speaker: "person:tomas-reyl", cue: "said" }],
  ],
  [
    "quote signed with a dash",
    "“The river is rising.” ― Anja Vetter, farmer",
    [P("Anja Vetter")],
    [{ kind: "direct", text: "The river is rising.", speaker: "person:anja-vetter", cue: "―" }],
  ],
  [
    "quote signed with a hyphen typed for the dash",
    'The dam held. "The river is rising." - Anja Vetter. The rain went on.',
    [P("Anja Vetter")],
    [{ kind: "direct", text: "The river is rising.", speaker: "person:anja-vetter", cue: "-" }],
  ],
  [
    "quote signed with a hyphen on the line under it",
    'The dam held.\n"The river is rising and the town will have to move."\n- Anja Vetter.\nThe rain went on.',
    [P("Anja Vetter")],
    [
      {
        kind: "direct",
        text: "The river is rising and the town will have to move.",
        speaker: "person:anja-vetter",
        cue: "-",
      },
    ],
  ],
  [
    "transcript turn",
    "Interview follows.\nVETTER: We waited three days for help.",
    [P("Anja Vetter", "VETTER")],
    [{ kind: "direct", text: "We waited three days for help.", speaker: "person:anja-vetter", cue: ":" }],
  ],
  [
    "title-cased headline",
    "Quell Says Bridge Will Reopen In May\nBody text here.",
    [P("Mara Quell", "Quell")],
    [{ kind: "indirect", text: "Bridge Will Reopen In May", speaker: "person:mara-quell", cue: "Says" }],
  ],
  [
    "a participle borrows the speaker only within its sentence",
    "Ivo Brandt said the dam was old. The board met later, adding that costs would rise.",
    [P("Ivo Brandt")],
    [
      { kind: "indirect", text: "the dam was old", speaker: "person:ivo-brandt" },
      { kind: "indirect", text: "costs would rise", speaker: null, source: "The board", cue: "adding" },
    ],
  ],
  [
    "a participle after a comma takes its clause's subject",
    "Tomas Reyl mocked the audit, claiming that the firm was bankrupt.",
    [P("Tomas Reyl")],
    [
      {
        kind: "indirect",
        text: "the firm was bankrupt",
        speaker: "person:tomas-reyl",
        source: "Tomas Reyl",
        cue: "claiming",
      },
    ],
  ],
  [
    "a second verb after a named subject",
    "The Orbis Group outlined its plan and vowed to cut prices.",
    [O("Orbis Group")],
    [
      {
        kind: "indirect",
        text: "to cut prices",
        speaker: "organization:orbis-group",
        source: "The Orbis Group",
        cue: "vowed",
      },
    ],
  ],
  [
    "a participle in the same sentence keeps the speaker",
    "“We are done,” Mara Quell said, adding that the talks had failed.",
    [P("Mara Quell")],
    [
      { kind: "direct", text: "We are done,", speaker: "person:mara-quell" },
      {
        kind: "indirect",
        text: "the talks had failed",
        speaker: "person:mara-quell",
        source: "Mara Quell",
        cue: "adding",
      },
    ],
  ],
  [
    "a second verb shares the subject's span",
    "Ivo Brandt threatened to quit and said that the board had lied.",
    [P("Ivo Brandt")],
    [
      { kind: "indirect", text: "to quit", speaker: "person:ivo-brandt", source: "Ivo Brandt" },
      { kind: "indirect", text: "the board had lied", speaker: "person:ivo-brandt", source: "Ivo Brandt", cue: "said" },
    ],
  ],
  [
    "a quote after a second verb",
    "Tomas Reyl laughed and said, “Nobody reads those memos.”",
    [P("Tomas Reyl")],
    [
      {
        kind: "direct",
        text: "Nobody reads those memos.",
        speaker: "person:tomas-reyl",
        source: "Tomas Reyl",
        cue: "said",
      },
    ],
  ],
  [
    "an adverb between and and the cue",
    "Anja Vetter paused and repeatedly said, “Go home.”",
    [P("Anja Vetter")],
    [{ kind: "direct", text: "Go home.", speaker: "person:anja-vetter", source: "Anja Vetter", cue: "said" }],
  ],
  [
    "a new subject and cue after a comma ends the clause",
    "While Mara Quell argued the levy was fair, Ivo Brandt noted that farmers would pay it.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [
      { kind: "indirect", text: "the levy was fair", speaker: "person:mara-quell" },
      { kind: "indirect", text: "farmers would pay it", speaker: "person:ivo-brandt", cue: "noted" },
    ],
  ],
  [
    "a quote ending in a comma before but he said",
    "Tomas Reyl said the audit found “no real gaps,” but he said that the books were late.",
    [P("Tomas Reyl")],
    [
      { kind: "mixed", text: "the audit found “no real gaps,”", speaker: "person:tomas-reyl" },
      { kind: "indirect", text: "the books were late", speaker: "person:tomas-reyl", cue: "said" },
    ],
  ],
  [
    "a naming verb's object ends with its quote",
    "She resigned after what Ivo Brandt called a “witch hunt,” a series of hearings on her budget.",
    [P("Ivo Brandt")],
    // late-spans.ts: the relative word is the content's first part (PolNeAR's "what | he called | …"), so the text spans both
    [{ kind: "mixed", text: "what Ivo Brandt called a “witch hunt,”", speaker: "person:ivo-brandt", cue: "called" }],
  ],
  [
    "a naming verb's object runs over a list of quotes",
    "Ivo Brandt called Mara Quell a “liar” who is “reckless,” a “bully” and worse.",
    [P("Ivo Brandt"), P("Mara Quell")],
    [
      {
        kind: "mixed",
        text: "Mara Quell a “liar” who is “reckless,” a “bully”",
        speaker: "person:ivo-brandt",
        cue: "called",
      },
    ],
  ],
  [
    "an opening phrase and an apposition before the subject",
    "On Friday, Anja Vetter, the fund's auditor, rejected the plan, arguing that it hid the losses.",
    [P("Anja Vetter")],
    [
      { kind: "indirect", text: "the plan", speaker: "person:anja-vetter" },
      {
        kind: "indirect",
        text: "it hid the losses",
        speaker: "person:anja-vetter",
        source: "Anja Vetter, the fund's auditor",
        cue: "arguing",
      },
    ],
  ],
  [
    "a named subject and past verb after a comma end the clause",
    "Though Mara Quell called for a recount of the ballots, Ivo Brandt conceded the race.",
    [P("Mara Quell"), P("Ivo Brandt")],
    [
      {
        kind: "indirect",
        text: "a recount of the ballots",
        speaker: "person:mara-quell",
        source: "Mara Quell",
        cue: "called for",
      },
      { kind: "indirect", text: "the race", speaker: "person:ivo-brandt", cue: "conceded" },
    ],
  ],
  [
    "a participle phrase between subject and verb",
    "A Kestrel Institute survey released in late May found that most tenants paid more.",
    [O("Kestrel Institute")],
    [
      {
        kind: "indirect",
        text: "most tenants paid more",
        speaker: "organization:kestrel-institute",
        source: "A Kestrel Institute survey released in late May",
        cue: "found",
      },
    ],
  ],
  [
    "a long opening phrase before the subject",
    "During a long speech at the harbour that evening, Ivo Brandt left the stage, saying, “They sold us out.”",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "They sold us out.", speaker: "person:ivo-brandt", source: "Ivo Brandt", cue: "saying" }],
  ],
  [
    "a year inside the subject's clause",
    "The fund hired Mara Quell, who in 2019 said the vault was empty.",
    [P("Mara Quell")],
    [{ kind: "indirect", text: "the vault was empty", speaker: "person:mara-quell", source: "who", cue: "said" }],
  ],
  [
    "said to an audience after a quote",
    "“We are leaving,” Ivo Brandt said to the crowd at the gate.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "We are leaving,", speaker: "person:ivo-brandt", source: "Ivo Brandt", cue: "said" }],
  ],
  [
    "a cue between two quotes introduces the one after it",
    "Mara Quell says the plan is “dead on arrival.” She adds, “Nobody in Brevik wants it.”",
    [P("Mara Quell")],
    [
      { kind: "mixed", text: "the plan is “dead on arrival.”", speaker: "person:mara-quell", cue: "says" },
      { kind: "direct", text: "Nobody in Brevik wants it.", speaker: "person:mara-quell", source: "She", cue: "adds" },
    ],
  ],
  [
    "dismissed … as “…”",
    "Anja Vetter dismissed the leaked memo as “a clumsy forgery”.",
    [P("Anja Vetter")],
    [{ kind: "mixed", text: "the leaked memo as “a clumsy forgery”", speaker: "person:anja-vetter", cue: "dismissed" }],
  ],
  [
    "described … as “…”",
    "The Orbis Group described the merger as “a rescue”.",
    [O("Orbis Group")],
    [{ kind: "mixed", text: "the merger as “a rescue”", speaker: "organization:orbis-group", cue: "described" }],
  ],
  [
    "branded with a pronoun subject",
    "Mara Quell spoke last. She branded the tariff “a tax on bread”.",
    [P("Mara Quell")],
    [{ kind: "mixed", text: "the tariff “a tax on bread”", speaker: "person:mara-quell", cue: "branded" }],
  ],
  [
    "phrasal cue",
    "Tomas Reyl is raising questions about the tender process.",
    [P("Tomas Reyl")],
    [{ kind: "indirect", text: "the tender process", speaker: "person:tomas-reyl", cue: "raising questions about" }],
  ],
  [
    "naming verb with a quote",
    "Ivo Brandt called the ruling “a travesty”.",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the ruling “a travesty”", speaker: "person:ivo-brandt", cue: "called" }],
  ],
];

describe("statements: attribution forms", () => {
  test.each(rows)("%s", (_name, text, ents, want) =>
    expectStatements(text, ents, want, text.includes("told us") ? "The Lantern" : undefined),
  );
});

describe("statements: quotes that continue", () => {
  test("split around the cue: both halves, same speaker", () => {
    const text = "“We tried,” Mara Quell said. “Nobody listened.”";
    const res = run(text, [P("Mara Quell")]);
    // one statement per quote: the continuation is a second part, the frame between is no content
    expect(res.statements.map((s) => [s.text, s.speaker, s.rule])).toEqual([
      ["We tried,” Mara Quell said. “Nobody listened.", "person:mara-quell", "direct:quote-source-cue"],
    ]);
    expect(res.statements[0]!.parts!.map((p) => text.slice(p.start, p.end))).toEqual(["We tried,", "Nobody listened."]);
    expect(res.statements[0]!.cue?.text).toBe("said");
  });
  test("a quote-only paragraph continues the previous speaker", () => {
    const text = "Ivo Brandt told the panel, “The dam is old.”\n“It will not last another winter.”";
    const res = run(text, [P("Ivo Brandt")]);
    expect(res.statements.map((s) => [s.text, s.speaker])).toEqual([
      ["The dam is old.", "person:ivo-brandt"],
      ["It will not last another winter.", "person:ivo-brandt"],
    ]);
  });
  test("a colon in a later sentence does not continue the earlier quote", () => {
    const text =
      "“We won,” Ivo Brandt said. Later the mood turned, and Mara Quell gave her own verdict: “Nobody won anything today.”";
    const res = run(text, [P("Ivo Brandt"), P("Mara Quell")]);
    expect(res.statements.find((s) => s.text.startsWith("Nobody"))?.rule ?? "none").not.toBe("direct:continued");
  });
  // known gap: the pairing reads “ as an opener always; reading it as a closer here helped the rules in train CV (+4
  // quotes, +8 cues) but the refitted tagger lost more (overlap F1 79.3 → 79.1), so it waits for a model retraining
  test("an opening mark typed as the closer after the last word closes the quote", () => {
    const text = "“Apparently not,“ Mara Quell said. “The port will never change.”";
    const res = run(text, [P("Mara Quell")]);
    expect(
      res.statements.map((s) => [s.speaker, s.cue?.text, s.parts!.map((p) => text.slice(p.start, p.end))]),
    ).toEqual([["person:mara-quell", "said", ["Apparently not,", "The port will never change."]]]);
  });
  test("a format character pasted before a closer typed as the opener stands as a space", () => {
    const text = "It was over. \u202a”The port will never change,” said Mara Quell.";
    const res = run(text, [P("Mara Quell")]);
    expect(res.statements.map((s) => [s.speaker, s.text])).toEqual([
      ["person:mara-quell", "The port will never change,"],
    ]);
  });
  test("an opening mark inside a quote before a word still opens an inner quote", () => {
    const text = "“He called it “the last port” and left,” Mara Quell said.";
    const res = run(text, [P("Mara Quell")]);
    expect(res.statements.map((s) => s.text)).toEqual(["He called it “the last port” and left,"]);
  });
  test("a final quote never closed ends at the paragraph end", () => {
    const text = "“The road is long,” Anja Vetter said. “We walk it anyway.\nNext paragraph here.";
    const res = run(text, [P("Anja Vetter")]);
    expect(res.statements.map((s) => s.parts!.map((p) => text.slice(p.start, p.end)))).toEqual([
      ["The road is long,", "We walk it anyway."],
    ]);
  });
  test("a quote continued in the next paragraph inherits the medium with the source and cue", () => {
    const text = "“The port will close,” Tomas Reyl told Radio Kestrel.\n“Nobody is ready for it.”";
    const res = run(text, [P("Tomas Reyl")]);
    expect(res.statements.map((s) => [s.text, s.speaker, s.cue?.text, s.medium])).toEqual([
      ["The port will close,", "person:tomas-reyl", "told", "organization:radio-kestrel"],
      ["Nobody is ready for it.", "person:tomas-reyl", "told", "organization:radio-kestrel"],
    ]);
  });
  test("the told outlet is returned as a new entity with its mention", () => {
    const text = "“Enough,” Tomas Reyl told Radio Kestrel.";
    const res = run(text, [P("Tomas Reyl")]);
    expect(res.entities).toEqual([
      expect.objectContaining({ id: "organization:radio-kestrel", kind: "organization", name: "Radio Kestrel" }),
    ]);
    expect(res.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Radio Kestrel"]);
  });
});

describe("statements: rows that must find nothing", () => {
  test.each([
    ["scare quotes", "The so-called “peace” plan stalled again in Brevik."],
    ["scare quote in straight marks", 'The treaty created a "free trade zone" near the river.'],
    ["title of a work", "Mara Quell starred in “The Long Winter” last year."],
    ["long title of a work", "The band closed with “Long Road Out Of Brevik Town” twice."],
    ["single quoted term", "The word “resilience” appears on every poster."],
    ["no cue at all", "The ferry left at noon and arrived at dusk."],
    ["passive told", "Workers were told to leave the plant."],
    ["plural noun, not a verb", "Fresh reports of shelling reached the capital."],
    ["noun after a determiner", "The repeated warnings went unheeded in Brevik."],
    ["adjective before a quote", "The continued “peace” effort collapsed."],
    ["a place phrase after said is no clause", "Mara Quell said on Tuesday."],
    ["claimed to with an infinitive is no speech", "Mara Quell claimed to own the old mill."],
    ["scare quote with a non-speech verb", "Mara Quell bought the “luxury” flat in Brevik."],
    ["scare quote opening a sentence", "The “reform” package stalled in committee for a year."],
    ["title after a non-speech verb", "Mara Quell read aloud from “Salt And Iron” at the fair."],
    ["quoted term defined, no speaker", "A “levy” is a tax raised for one purpose."],
    ["as with a quote after a bare verb", "Mara Quell worked as a “fixer” for the port."],
    ["founded as, no object", "The mill was founded as a “family venture” in 1920."],
    ["an addressee and nothing reported", "Mara Quell warned investors and left the hall."],
    [
      "an intention with a noun object is an act, not a statement",
      "Mara Quell is reportedly planning another trip to Brevik.",
    ],
    ["a refusal of a thing", "Mara Quell refused the offer from the port."],
    ["a quantifier after a preposition is no subject", "Despite some “warnings” the ferry sailed."],
    ["a cue word after a possessive is a noun", "The ferry sailed, despite Friday’s warnings about the storm."],
    [
      "a relative that with an auxiliary is no reported clause",
      "Mara Quell faced personal attacks that have defined the race.",
    ],
    ["an act is no statement", "Mara Quell missed the penalty in the final minute."],
    ["an action verb with an object", "Mara Quell carried the club through the winter."],
    ["called in an apposition names a work", "The score, called Harbour Cantata, was found among the papers."],
    ["empty", ""],
  ])("%s", (_name, text) => {
    expect(run(text, [P("Mara Quell")]).statements).toEqual([]);
  });
});
