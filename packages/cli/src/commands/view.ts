// `newsgraph view graph.json|graph.gexf [--host H] [--port P]`: delegated to the viewer's command (src/node/view-command.ts).
import type { CliIO } from "../io.ts";
import { importOptional } from "./optional.ts";

type ViewModule = { viewCommand: (argv: string[]) => Promise<number>; USAGE: string };

export async function viewCommandEntry(argv: string[], io: CliIO): Promise<number> {
  const mod = await importOptional<ViewModule>("view-command.ts", "newsgraph view");
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(mod.USAGE);
    return 0;
  }
  return mod.viewCommand(argv);
}
