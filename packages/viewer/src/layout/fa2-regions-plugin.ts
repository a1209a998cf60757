// Build-time patch of graphology-layout-forceatlas2's iterate.js: one Barnes-Hut region array reused across iterations.
import type { Plugin } from "vite";

const FRESH = "var RegionMatrix = [];";
const REUSED = "var RegionMatrix = REUSED_REGIONS;";

/**
 * iterate() builds its Barnes-Hut quadtree in a new plain array every step, growing it to millions of doubles. In a
 * Chromium worker that costs about every other step 10-15x its compute (measured at 50k nodes: ~6 s instead of ~0.45 s,
 * which node does not show). Reusing one array keeps its capacity; it is safe because each step writes every region
 * it reads (the root, then each region as it is created) before reading it.
 */
export function reuseRegionArray(code: string): string {
  if (!code.includes(FRESH)) {
    throw new Error(
      `newsgraph/viewer: graphology-layout-forceatlas2/iterate.js no longer contains "${FRESH}"; update src/layout/fa2-regions-plugin.ts for the new version`,
    );
  }
  return `var REUSED_REGIONS = [];\n${code.replace(FRESH, REUSED)}`;
}

export function fa2RegionsPlugin(): Plugin {
  return {
    name: "newsgraph-fa2-regions",
    transform(code, id) {
      if (!/graphology-layout-forceatlas2[\\/]iterate\.js$/.test(id.split("?")[0]!)) return null;
      return { code: reuseRegionArray(code), map: null };
    },
  };
}
