// What the details panel shows for the view state: the selected node or edge, the found path, or a hint; then pending corrections.
import type { PendingCorrections } from "../features/corrections.ts";
import type { PathResult } from "../features/paths.ts";
import { inRange } from "../model/dates.ts";
import type { GraphIndex } from "../model/derive.ts";
import { describeEdge, describeNode } from "../model/details.ts";
import type { DocumentInfo } from "../model/sources.ts";
import type { LoadedGraph } from "../model/types.ts";
import type { Action, ViewState } from "../state/view-state.ts";
import { correctionSection, renderPending } from "./corrections-ui.ts";
import { renderEdge, renderEmpty, renderNode, type DetailsActions } from "./details-panel.ts";
import { renderPath } from "./path-panel.ts";

export interface DetailsInput {
  graph: LoadedGraph["graph"] | undefined;
  state: ViewState;
  index: GraphIndex | null;
  path: PathResult | null;
  corrections: PendingCorrections;
  /** the pending-corrections fieldset, kept across renders so its focus and scroll survive */
  pending: HTMLElement;
  resolve: (name: string) => string | null;
  dispatch: (a: Action) => void;
  focusNode: (key: string) => void;
  downloadCorrections: () => void;
}

export function renderDetailsView(aside: HTMLElement, input: DetailsInput): void {
  const { graph: g, state, index, dispatch } = input;
  const act: DetailsActions = {
    selectNode: (k: string) => {
      // the clicked panel item is about to be replaced, so it will never report mouseleave/blur
      dispatch({ type: "hover", node: null });
      input.focusNode(k);
    },
    selectEdge: (k: string) => dispatch({ type: "selectEdge", edge: k }),
    onlySpeaker: (k: string | null) => dispatch({ type: "speaker", value: k }),
    hover: (k: string | null) => dispatch({ type: "hover", node: k }),
    speaker: state.speaker,
    docs: index?.docs ?? new Map<string, DocumentInfo>(),
    extra: (d) => correctionSection(d, { add: (c) => input.corrections.add(c), resolve: input.resolve }),
  };
  const { from, to } = state;
  const days = index?.nodeDays;
  // the panel lists what the timeline's range keeps (undated statements always)
  const inRangeStatement = (k: string) => days?.get(k)?.some((d) => inRange(d, from, to)) ?? true;
  if (g && state.selected && g.hasNode(state.selected))
    renderNode(aside, describeNode(g, state.selected, inRangeStatement), act);
  else if (g && state.selectedEdge && g.hasEdge(state.selectedEdge))
    renderEdge(aside, describeEdge(g, state.selectedEdge), act);
  else if (g && input.path) renderPath(aside, g, input.path, act);
  else
    renderEmpty(
      aside,
      "Click a node or an edge, or search for a name, to see who said what and the evidence behind it.",
    );
  const label = (k: string) => (g?.hasNode(k) ? g.getNodeAttribute(k, "label") : k);
  renderPending(input.pending, input.corrections.items, label, {
    undo: (i) => input.corrections.undo(i),
    download: input.downloadCorrections,
  });
  aside.append(input.pending);
}
