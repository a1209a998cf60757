// The types the layout controller and the FA2 runner share, in their own module so neither imports the other.
import type forceAtlas2 from "graphology-layout-forceatlas2";

/** What we use of the FA2 worker's supervisor; injectable so the controller's logic is testable without a Worker. */
export interface Supervisor {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
  /** ForceAtlas2 iterations done so far, when the supervisor counts them */
  iterations?: number;
}
export type FA2Settings = ReturnType<typeof forceAtlas2.inferSettings>;
