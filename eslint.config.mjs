// `npm run lint`. Type-aware typescript-eslint, Next.js core web vitals, React hooks, jsx-a11y, and the
// house's import boundaries (README.md, "Lint and format"). Formatting is Prettier's job, not ESLint's.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettierConfig from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

// Where the database may be reached from outside lib/: seeding and migration scripts, the integration
// tests and their fixtures, and the harnesses that start a database for a test run.
const DATABASE_ALLOWED = [
  "prisma/**",
  "tests/support/**",
  "**/*.integration.test.ts",
  "tests/run-integration.ts",
  "tests/e2e/serve.ts",
  "tests/e2e/two-instances.ts",
  "tests/e2e/arrange-script.ts",
  "tests/bench/**",
];

// Matches "@/lib/db", "@/lib/db/embedded", "../lib/db", "@/lib/generated/...", "./generated/prisma/...".
const DATABASE_MODULE = String.raw`(^|/)lib/(db|generated)(/|$)|(^|/)generated/prisma(/|$)|^@prisma/client(/|$)`;
const DATABASE_MESSAGE =
  "Only lib/ reaches the database (lib/db, lib/generated, @prisma/client): call a lib/<domain> function instead (the allowed places: DATABASE_ALLOWED in eslint.config.mjs).";
// Matches "@/app/..." and relative paths that climb into app/.
const APP_MODULE = String.raw`^@/app(/|$)|^(\.\./)+app(/|$)`;
const APP_MESSAGE = "components/ and lib/ never import from app/: the page passes what it needs (a server action, data) as a prop.";

// Matches "@/app/(group)/..." and relative paths that climb two folders or more: a route folder's
// files serve that route and the routes under it (one "../" reaches a parent's shared file).
const OTHER_ROUTE_MODULE = String.raw`^@/app/\(|^\.\./\.\./`;
const OTHER_ROUTE_MESSAGE =
  "A route never imports another route's folder: what several routes share goes to components/ (a server action passed as a prop) or lib/.";

const databaseImports = { regex: DATABASE_MODULE, message: DATABASE_MESSAGE };
const otherRouteImports = { regex: OTHER_ROUTE_MODULE, message: OTHER_ROUTE_MESSAGE };
const appImports = { regex: APP_MODULE, message: APP_MESSAGE };
// no-restricted-imports sees only static imports; `await import("…")` goes through no-restricted-syntax.
// esquery regexes cannot contain "/", so "." stands in for the separator there.
const databaseDynamicImport = {
  selector: String.raw`ImportExpression[source.value=/(^|.)lib.(db|generated)(.|$)|generated.prisma|^@prisma.client/]`,
  message: DATABASE_MESSAGE,
};
const appDynamicImport = { selector: String.raw`ImportExpression[source.value=/^@.app(.|$)|^(\.\..)+app(.|$)/]`, message: APP_MESSAGE };

function boundaries(patterns, dynamicImports) {
  return {
    "no-restricted-imports": patterns.length ? ["error", { patterns }] : "off",
    "no-restricted-syntax": dynamicImports.length ? ["error", ...dynamicImports] : "off",
  };
}

export default defineConfig(
  globalIgnores([".next/**", ".data/**", "coverage/**", "lib/generated/**", "next-env.d.ts", "playwright-report/**", "test-results/**"]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },

  {
    // React code: the app, shared components and hooks. Not the Node scripts and test harnesses,
    // where Playwright's fixture callback `use` is no React hook.
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["tests/**", "prisma/**", "scripts/**"],
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.flat["recommended-latest"].rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // These four check what the React Compiler needs; the portal does not compile with it, and the
      // patterns they flag (a ref read for a form key, state set from a timer effect) are sound
      // without it. rules-of-hooks and exhaustive-deps stay on.
      "react-hooks/refs": "off",
      "react-hooks/set-state-in-effect": "off",
      "react-hooks/immutability": "off",
      "react-hooks/purity": "off",
    },
  },

  {
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // A form's action={...} and onSubmit handlers may return a promise: React awaits actions itself.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Next.js pages, layouts and server actions are async by contract even when they await nothing.
      "@typescript-eslint/require-await": "off",
      // Template strings with numbers are everywhere (counts, sizes, ports) and read fine.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      // Every control character in our patterns is there on purpose: stripping them from file names,
      // return paths, passkey names and message text.
      "no-control-regex": "off",
    },
  },

  {
    files: ["**/*.test.ts", "tests/**"],
    rules: {
      // Vitest's and Playwright's asymmetric matchers (expect.any(String), expect.stringContaining(...))
      // are typed `any`; every toMatchObject({ field: expect.any(...) }) would be reported.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["tests/e2e/**"],
    // Playwright reads a fixture's dependencies from its first parameter: `async ({}, use) => ...`.
    rules: { "no-empty-pattern": ["error", { allowObjectPatternsAsParameters: true }] },
  },

  // The house's import boundaries. A later block replaces an earlier one's options for the same file.
  { files: ["**/*.{ts,tsx,mjs}"], rules: boundaries([databaseImports], [databaseDynamicImport]) },
  { files: DATABASE_ALLOWED, rules: boundaries([], []) },
  { files: ["components/**"], rules: boundaries([databaseImports, appImports], [databaseDynamicImport, appDynamicImport]) },
  { files: ["lib/**"], rules: boundaries([appImports], [appDynamicImport]) },
  { files: ["app/**"], rules: boundaries([databaseImports, otherRouteImports], [databaseDynamicImport]) },

  // Plain JavaScript (configs, the embedded database process) is not type-checked by tsc (no checkJs).
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  prettierConfig,
);
