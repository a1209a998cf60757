// Vite config for the viewer. `vite build` (pnpm --filter @newsgraph/viewer build) writes the static app to
// packages/viewer/dist/ with dist/index.html as the entry; asset URLs are relative so any server path works.
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  // @newsgraph/core's package exports point at its TypeScript source (packages/core/src/index.ts), which Vite
  // compiles like ours; that entry is DOM-free and imports nothing node-only.
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1500,
  },
  server: { host: "127.0.0.1" },
  // the FA2 worker's iterate() reuses its quadtree array: patches/graphology-layout-forceatlas2@0.10.1.patch
});
