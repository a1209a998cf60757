// Lint rules for the whole workspace: typescript-eslint's type-checked recommendations, run in `pnpm test`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/node_modules/**", "packages/cli/viewer/**", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `!` after an index the code has just bounds-checked is idiomatic under noUncheckedIndexedAccess; the pipeline's
      // links are held to none (below).
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // `ok && list.push(x)` and `c ? a() : b()` as statements are the house style for one-line branches
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
      // graph attributes arrive as `unknown` scalars after an object check; the checker cannot narrow by exclusion, so
      // this rule only flags String(v) calls that are right
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  {
    // the pipeline's links are typed stage by stage (issue 15): no assertion may paper over a missing stage output
    files: ["packages/core/src/pipeline/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "error" },
  },
  {
    // Tests, benchmarks and scripts read JSON they just wrote (JSON.parse gives `any`) and check it with expect():
    // typing every such read would add casts, not safety. The library and the CLI stay held to the unsafe-any rules.
    files: ["**/test/**", "bench/**", "scripts/**", "packages/*/bench/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
