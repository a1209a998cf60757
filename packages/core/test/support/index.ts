// Test support shared with the other packages' tests (`@newsgraph/core/test-support`): shared data and GEXF validation.
export * from "./shared.ts";
export * from "./gexf-schema.ts";
