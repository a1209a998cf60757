// Debian's Chromium driven by playwright-core, for the e2e tests, the viewer bench and the screenshots: one path, one set of flags.
import { chromium, type Browser } from "playwright-core";

/** Debian's package installs it here (.ci/run installs it); no browser is ever downloaded. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Headless with software WebGL (SwiftShader: there is no GPU), no sandbox (the tests run as root), and no background
 * connections: this machine's closed network refuses them, and a refused update check can stall a start.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts Chromium with the flags above and any extra ones (the bench adds precise memory figures). */
export function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...extra] });
}
