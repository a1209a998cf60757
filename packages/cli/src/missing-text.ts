// Records whose facts lack their text: counted during a build and reported once, with the fix.
import type { ExtractionRecord } from "@newsgraph/core";

/** Records with statements or relations but no text give evidence-less nodes and edges: counted, then said once with the fix. */
export class MissingText {
  private readonly ids: string[] = [];
  private count = 0;
  /** Whether the record lacks the text its facts need (then counted). */
  see(r: ExtractionRecord, text: string | undefined): boolean {
    if (text !== undefined || r.text !== undefined || (r.statements.length === 0 && r.relations.length === 0))
      return false;
    this.add(r.id);
    return true;
  }
  /** A document known to lack its text (adopted from the snapshot: the warning holds for it on every build). */
  add(id: string): void {
    if (this.ids.length < 3) this.ids.push(id);
    this.count++;
  }
  message(): string | null {
    if (this.count === 0) return null;
    const some = this.ids.map((id) => `"${id}"`).join(", ") + (this.count > 3 ? ", …" : "");
    return `${this.count} record${this.count === 1 ? "" : "s"} without text (${some}): evidence sentences will be missing from the graph; extract with --with-text to keep them`;
  }
}
