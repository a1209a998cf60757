// `newsgraph view graph.json|graph.gexf [--host H] [--port P]`: delegated to the viewer's command (src/view-command.ts).
import type { CliIO } from "../io.ts";

export async function viewCommandEntry(argv: string[], io: CliIO): Promise<number> {
  const mod = await import("../view-command.ts");
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(mod.USAGE);
    return 0;
  }
  return mod.viewCommand(argv);
}
