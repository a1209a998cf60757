// `newsgraph view graph.json|graph.gexf [--host H] [--port P]`: delegated to the viewer's command (src/node/view-command.ts).
import type { CliIO } from "../io.ts";
import { importOptional } from "./optional.ts";

type ViewModule = { viewCommand: (argv: string[]) => Promise<number> };

export async function viewCommandEntry(argv: string[], _io: CliIO): Promise<number> {
  const mod = await importOptional<ViewModule>("view-command.ts", "newsgraph view");
  return mod.viewCommand(argv);
}
