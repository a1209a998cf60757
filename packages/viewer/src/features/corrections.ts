// The pending corrections of this page: add, undo, and download as corrections.json (validated with core's schema first).
import { toCorrectionsFile, type PendingCorrection } from "../model/corrections.ts";

export class PendingCorrections {
  items: PendingCorrection[] = [];
  constructor(private readonly changed: () => void) {}

  add(c: PendingCorrection): void {
    // the same edit twice is one edit
    if (this.items.some((x) => JSON.stringify(x) === JSON.stringify(c))) return;
    this.items = [...this.items, c];
    this.changed();
  }

  undo(i: number): void {
    this.items = this.items.filter((_, j) => j !== i);
    this.changed();
  }

  /** The corrections.json text; throws a readable error when the list would not validate. */
  file(): string {
    return `${JSON.stringify(toCorrectionsFile(this.items), null, 2)}\n`;
  }
}
