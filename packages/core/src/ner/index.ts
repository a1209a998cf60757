// Pure NER API re-exported by the library entry (no Node APIs: the browser can parse and run the model).
export { tagDocument, tagDocumentClasses } from "./tagger.ts";
export { parseModel, serializeModel, shareTable, type NerModel, type NerTable } from "./model.ts";
export { newSharedWordBuffers, shareWordMemo, type SharedWordBuffers } from "./shared-words.ts";
export { chunks, iob1ToIob2, TAGS, TYPES } from "./iob.ts";
export { findMentions, NER_RULE } from "./mentions.ts";
