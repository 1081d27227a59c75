// ESLint flat config: Next.js core-web-vitals + TypeScript rules on everything we write.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/db/generated/**",
    ".data/**",
    "playwright-report/**",
    "test-results/**",
    "coverage/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // `_`-prefixed names are deliberately unused (placeholders in signatures, destructuring).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // No React outside app/ and components/ (STYLE.md): names like `useDatabase` or Playwright's
    // fixture `use()` are not hooks there.
    files: ["lib/**", "bin/**", "scripts/**", "test/**", "e2e/**", "bench/**", "prisma/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
