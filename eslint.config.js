// ESLint flat config. The import rules below ARE the architecture: see README "Folder map".
import { readdirSync } from "node:fs";

import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import checkFile from "eslint-plugin-check-file";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Which src/ folders each folder may import from (STYLE.md §5). Everything else is forbidden. */
const LAYERS = {
  app: ["app", "navigation", "data", "domain", "charts", "views", "i18n", "ui"],
  views: ["views", "navigation", "data", "domain", "charts", "i18n", "ui"],
  charts: ["charts", "domain", "i18n", "ui"],
  data: ["data", "domain", "i18n"],
  navigation: ["navigation", "domain"],
  domain: ["domain", "i18n"],
  i18n: ["i18n"],
  ui: ["ui"],
};

const zones = Object.entries(LAYERS).map(([target, allowed]) => ({
  target: `./src/${target}`,
  from: "./src",
  except: allowed.map((folder) => `./${folder}`),
  message: `src/${target} may only import from: ${allowed.join(", ")} (README "Folder map").`,
}));

/**
 * A view never imports another view: shared pieces live in views/shared, and a view that shows
 * other views (slides, the Kommunrapport) renders them through the view registry
 * (views/registry.ts), which loads every view on demand.
 */
const viewFolders = readdirSync(new URL("./src/views", import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
zones.push(
  ...viewFolders.map((view) => ({
    target: `./src/views/${view}`,
    from: "./src/views",
    except:
      view === "shared"
        ? ["./shared"]
        : [`./${view}`, "./shared", "./registry.ts"],
    message:
      "A view never imports another view; move shared pieces to src/views/shared, or render a view through src/views/registry.ts.",
  })),
);

/**
 * data/ runs in a Web Worker and in Node: of i18n/ it may use only the pure message tables of
 * i18n/import (no React, no i18next), which import nothing but each other and the locale list.
 */
zones.push(
  {
    target: "./src/data",
    from: "./src/i18n",
    except: ["./import"],
    message:
      "src/data may only use the message tables of src/i18n/import (it runs in a worker and in Node).",
  },
  {
    target: "./src/i18n/import",
    from: "./src",
    except: ["./i18n/import", "./i18n/locales.ts"],
    message:
      "src/i18n/import holds pure message tables (src/data uses them in a worker and in Node): it imports only itself and i18n/locales.ts.",
  },
);

/** recharts elements that animate unless told not to (recharts 3: "auto" animates). */
const ANIMATED_RECHARTS = [
  "Area",
  "Bar",
  "Funnel",
  "Line",
  "Pie",
  "Radar",
  "RadialBar",
  "Sankey",
  "Scatter",
  "Tooltip",
  "Treemap",
];

/** Libraries that only one layer may touch. */
const only = (name, folders) => ({ name, folders });
const EXCLUSIVE = [
  only("recharts", ["charts"]),
  only("papaparse", ["data"]),
  only("zod", ["data", "navigation"]),
  only("zod/mini", ["data", "navigation"]),
  only("@tanstack/react-query", ["data", "app"]),
  only("i18next", ["i18n"]),
];

const restrictedFor = (folder) =>
  EXCLUSIVE.filter((e) => !e.folders.includes(folder)).map((e) => ({
    name: e.name,
    message: `${e.name} may only be used in src/${e.folders.join(" or src/")}.`,
  }));

export default defineConfig(
  {
    ignores: [
      "dist*",
      "node_modules",
      "test-results",
      "playwright-report",
      "coverage",
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX, "check-file": checkFile },
    settings: {
      "import-x/resolver-next": [
        createTypeScriptImportResolver({ project: "./tsconfig.json" }),
      ],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones }],
      "import-x/no-cycle": "error",
      "import-x/no-self-import": "error",
      "check-file/filename-naming-convention": [
        "error",
        { "**/*.{ts,tsx}": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
      "check-file/folder-naming-convention": [
        "error",
        { "src/**/": "KEBAB_CASE" },
      ],
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.ts"],
    plugins: { "check-file": checkFile },
    rules: {
      "check-file/filename-naming-convention": [
        "error",
        { "**/*.{ts,tsx}": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  ...Object.keys(LAYERS).map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": ["error", { paths: restrictedFor(folder) }],
    },
  })),
  {
    // The import message tables run in the worker and in Node: no UI libraries (see the zones).
    files: ["src/i18n/import/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...restrictedFor("i18n").filter((r) => r.name !== "i18next"),
            ...["i18next", "react"].map((name) => ({
              name,
              message: `src/i18n/import is used by src/data in a worker and in Node: no ${name}.`,
            })),
          ],
        },
      ],
    },
  },
  {
    // No animation that delays reading: every recharts element that animates by default (only
    // src/charts may import recharts) is drawn with isAnimationActive={false}. The CSS side, no
    // animation or transition under prefers-reduced-motion, is tests/e2e/motion.spec.ts.
    files: ["src/charts/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `JSXOpeningElement[name.name=/^(${ANIMATED_RECHARTS.join("|")})$/]:not(:has(> JSXAttribute[name.name="isAnimationActive"][value.expression.value=false]))`,
          message:
            "recharts animates this by default: add isAnimationActive={false} (no motion that delays reading).",
        },
      ],
    },
  },
  {
    files: ["src/**/*.tsx"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    files: ["src/**/*.tsx"],
    ...jsxA11y.flatConfigs.strict,
  },
  ...pluginQuery.configs["flat/recommended"],
  {
    files: ["eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
