// `newsgraph ner --conll FILE`: delegated to the NER module's runner (src/ner-conll.ts).
import type { CliIO } from "../io.ts";

export const NER_USAGE = `usage: newsgraph ner --conll FILE [-o out]

Reads CoNLL-2003 column format and writes every line back with one more column: the predicted IOB2 tag
(PER, ORG, LOC, MISC). -DOCSTART- and blank lines pass through unchanged.
`;

export async function nerCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(NER_USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const mod = await import("../ner-conll.ts");
  return mod.runNerConll(argv);
}
