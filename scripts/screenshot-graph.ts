// `pnpm exec tsx scripts/screenshot-graph.ts graph.json docs/bbc-overview.png [view]`: the viewer on a graph, in headless
// Chromium (Debian's /usr/bin/chromium; nothing is downloaded), screenshot after the first frames have drawn.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../packages/viewer/bench/chromium.ts";
import { serveViewer } from "../packages/cli/src/serve.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// view: the viewer's URL state, e.g. "hide=statement&deg=1" for the entity network alone
const [graphPath, out, view] = process.argv.slice(2);
if (!graphPath || !out) {
  console.error("usage: tsx scripts/screenshot-graph.ts graph.json out.png [view, e.g. hide=statement&deg=1]");
  process.exit(2);
}
const server = await serveViewer({ distDir: path.join(REPO_ROOT, "packages/viewer/dist"), graphPath, port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && console.error(`console: ${m.text()}`));
  await page.goto(view ? `${server.url}#${view}` : server.url);
  await page.waitForSelector("canvas", { state: "attached", timeout: 120_000 });
  await page.waitForTimeout(Number(process.env.SCREENSHOT_WAIT_MS ?? 15000)); // large graphs take a while to draw under software GL
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.server.close();
}
