// A small invented newsgraph graph (names and sentences written for these tests) in the graph.json contract.
import type { SerializedGraph } from "@newsgraph/core";

const EVIDENCE_1 = 'Brenner said: "We will restore the supply by Friday," speaking to Channel Nine about Northgrid.';
const QUOTE_1 = "We will restore the supply by Friday";
const EVIDENCE_2 = "Quill told reporters that Velmora had not paid its bills.";
const QUOTE_2 = "Velmora had not paid its bills";

/** Document offsets: each evidence sentence starts at character 40 of its document. */
const AT = 40;

export function fixture(): SerializedGraph {
  const s1 = EVIDENCE_1.indexOf(QUOTE_1);
  const s2 = EVIDENCE_2.indexOf(QUOTE_2);
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [
      {
        key: "person:ada-brenner",
        attributes: {
          kind: "person",
          label: "Ada Brenner",
          aliases: ["Ada Brenner", "Brenner", "Minister Brenner"],
          mentionCount: 5,
          documents: ["a.txt"],
          roles: [
            { role: "energy minister", at: "country:velmora" },
            { role: "ambassador", former: true },
          ],
          x: 0,
          y: 0,
        },
      },
      {
        key: "person:tomas-quill",
        attributes: {
          kind: "person",
          label: "Tomas Quill",
          aliases: ["Quill"],
          mentionCount: 2,
          documents: ["b.txt"],
          x: 10,
          y: 0,
        },
      },
      {
        key: "organization:northgrid",
        attributes: {
          kind: "organization",
          label: "Northgrid Utilities",
          aliases: ["Northgrid"],
          mentionCount: 3,
          documents: ["a.txt", "b.txt"],
          x: 0,
          y: 10,
        },
      },
      {
        key: "organization:channel-nine",
        attributes: {
          kind: "organization",
          label: "Channel Nine",
          aliases: [],
          mentionCount: 1,
          documents: ["a.txt"],
          x: 5,
          y: 5,
        },
      },
      {
        key: "country:velmora",
        attributes: {
          kind: "country",
          label: "Velmora",
          aliases: ["Velmoran"],
          mentionCount: 4,
          documents: ["a.txt", "b.txt"],
          x: 10,
          y: 10,
        },
      },
      {
        key: "statement:a.txt#s1",
        attributes: {
          kind: "statement",
          label: QUOTE_1,
          aliases: [],
          text: QUOTE_1,
          quoteKind: "direct",
          document: "a.txt",
          start: AT + s1,
          end: AT + s1 + QUOTE_1.length,
          evidence: EVIDENCE_1,
          evidenceStart: s1,
          date: "2026-01-05",
          x: 3,
          y: 3,
        },
      },
      {
        key: "statement:b.txt#s1",
        attributes: {
          kind: "statement",
          label: QUOTE_2,
          aliases: [],
          text: QUOTE_2,
          quoteKind: "indirect",
          document: "b.txt",
          start: AT + s2,
          end: AT + s2 + QUOTE_2.length,
          evidence: EVIDENCE_2,
          evidenceStart: s2,
          x: 8,
          y: 8,
        },
      },
    ],
    edges: [
      {
        key: "e1",
        source: "person:ada-brenner",
        target: "statement:a.txt#s1",
        attributes: { kind: "said", document: "a.txt", start: AT, end: AT + 7 },
      },
      {
        key: "e2",
        source: "statement:a.txt#s1",
        target: "organization:channel-nine",
        attributes: { kind: "told", document: "a.txt", start: AT + s1, end: AT + s1 + QUOTE_1.length },
      },
      {
        key: "e3",
        source: "statement:a.txt#s1",
        target: "organization:northgrid",
        attributes: {
          kind: "mentions",
          document: "a.txt",
          start: AT + EVIDENCE_1.indexOf("Northgrid"),
          end: AT + EVIDENCE_1.indexOf("Northgrid") + 9,
        },
      },
      {
        key: "e4",
        source: "person:ada-brenner",
        target: "country:velmora",
        attributes: { kind: "affiliated_with", document: "a.txt", start: 0, end: 20, role: "energy minister" },
      },
      {
        key: "e5",
        source: "person:tomas-quill",
        target: "organization:northgrid",
        attributes: {
          kind: "affiliated_with",
          document: "b.txt",
          start: 0,
          end: 30,
          role: "chief executive",
          former: true,
        },
      },
      {
        key: "e6",
        source: "person:tomas-quill",
        target: "statement:b.txt#s1",
        attributes: { kind: "said", document: "b.txt", start: AT, end: AT + 5 },
      },
      {
        key: "e7",
        source: "statement:b.txt#s1",
        target: "country:velmora",
        attributes: { kind: "mentions", document: "b.txt", start: AT + s2, end: AT + s2 + 7 },
      },
    ],
  };
}

export const FIXTURE_TEXT = { EVIDENCE_1, QUOTE_1, EVIDENCE_2, QUOTE_2 };
