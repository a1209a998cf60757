// Types for graphology-layout-forceatlas2's pure iteration function, which the package ships without a declaration.
declare module "graphology-layout-forceatlas2/iterate.js" {
  /** One ForceAtlas2 step over flat matrices (10 floats a node, 3 an edge), updating node positions in place. */
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}
declare module "graphology-layout-forceatlas2/defaults.js" {
  /** Every setting iterate() reads; inferSettings() returns only some of them. */
  const defaults: Record<string, unknown>;
  export default defaults;
}
