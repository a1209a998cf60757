// Parse CoNLL-2003 column files into documents and sentences (pure; the node CLI reads the file).
export interface ConllSentence {
  words: string[];
  /** last column as given (IOB1 in CoNLL-2003); empty when the file has a single column */
  tags: string[];
  /** line index of each token in the input, so predictions can be written back in place */
  lines: number[];
}

export interface ConllDoc {
  sentences: ConllSentence[];
}

/** Documents split at -DOCSTART- lines; a file without them is one document. */
export function parseConll(text: string): { docs: ConllDoc[]; lines: string[] } {
  const lines = text.split(/\r?\n/);
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let sent: ConllSentence = { words: [], tags: [], lines: [] };
  const endSentence = () => {
    if (sent.words.length) doc.sentences.push(sent);
    sent = { words: [], tags: [], lines: [] };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("-DOCSTART-")) {
      endSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    if (line.trim() === "") {
      endSentence();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    sent.words.push(cols[0]!);
    sent.tags.push(cols.length > 1 ? cols[cols.length - 1]! : "");
    sent.lines.push(i);
  }
  endSentence();
  if (doc.sentences.length) docs.push(doc);
  return { docs, lines };
}
