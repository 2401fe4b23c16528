import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import ts from "typescript";
import type { Messages } from "@/lib/i18n/catalog";

// What tests/i18n/catalogs.test.ts checks, as functions it can also run on a deliberately broken
// copy: the languages hold the same keys with the same {arguments} and <tags>; every key the code
// names exists; and no text a person reads is written in a component, a page or a lib function.

export function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(full, value);
    else for (const [k, v] of flatten(value, full)) flat.set(k, v);
  }
  return flat;
}

type AstNode = { type: number; value?: string; options?: Record<string, { value: AstNode[] }>; children?: AstNode[] };

/** The {arguments} and <tags> a message uses, as "arg:name" / "tag:name". */
export function placeholders(message: string, locale: string): Set<string> {
  const found = new Set<string>();
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag (intl-messageformat's TYPE).
      if ([1, 2, 3, 4, 5, 6].includes(node.type) && node.value) found.add(`arg:${node.value}`);
      if (node.type === 8 && node.value) found.add(`tag:${node.value}`);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: false }).getAst());
  return found;
}

/** Problems between the reference language and another: missing or extra keys, unparsable messages, different placeholders. */
export function compareCatalogs(reference: Messages, other: Messages, otherLocale: string): string[] {
  const problems: string[] = [];
  const ref = flatten(reference);
  const oth = flatten(other);
  for (const key of ref.keys()) if (!oth.has(key)) problems.push(`${otherLocale}: missing key ${key}`);
  for (const key of oth.keys()) if (!ref.has(key)) problems.push(`${otherLocale}: key ${key} is not in English`);
  for (const [key, english] of ref) {
    const translated = oth.get(key);
    if (translated === undefined) continue;
    let a: Set<string>, b: Set<string>;
    try {
      a = placeholders(english, "en");
    } catch (error) {
      problems.push(`en: ${key} does not parse: ${String(error)}`);
      continue;
    }
    try {
      b = placeholders(translated, otherLocale);
    } catch (error) {
      problems.push(`${otherLocale}: ${key} does not parse: ${String(error)}`);
      continue;
    }
    const missing = [...a].filter((p) => !b.has(p));
    const extra = [...b].filter((p) => !a.has(p));
    if (missing.length || extra.length)
      problems.push(`${otherLocale}: ${key} has ${[...b].join(", ") || "no placeholders"}, English has ${[...a].join(", ") || "none"}`);
  }
  return problems;
}

export function sourceFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (["node_modules", "generated", ".next"].includes(entry.name)) continue;
        walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !/\.(test|integration\.test)\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        out.push(path.relative(root, full));
      }
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return out.sort();
}

/** Every full key the code names in t("…"), t.rich("…"), t.markup("…"), t.has("…"), t.raw("…") and msg("…"). */
export function keysUsed(source: string): string[] {
  const keys: string[] = [];
  const pattern = /\b(?:t|t\.rich|t\.markup|t\.has|t\.raw|msg)\(\s*["'`]([A-Za-z][\w-]*(?:\.[\w-]+)+)["'`]/g;
  for (const match of source.matchAll(pattern)) keys.push(match[1]);
  return keys;
}

const WORDS = /[A-Za-z]{2,}/;
const TEXT_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "title",
  "placeholder",
  "alt",
  "label",
  "legend",
  "hint",
  "heading",
  "description",
]);
const TEXT_PROPERTIES = new Set(["title", "description", "label", "hint", "heading", "legend"]);

/**
 * Text a person would read, written in code: JSX text, text attributes and props (aria-label, title,
 * placeholder, alt, label, hint, heading…), a page's metadata title, and in lib the messages given
 * to fail(), zod's checks ({ error: "…" }, .min(1, "…")) and ActionError-like { message: "…" }.
 */
export function literalsIn(file: string, source: string): string[] {
  const found: string[] = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const at = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const isText = (text: string) => WORDS.test(text);
  const isSentence = (text: string) => /[A-Za-z]{2,}/.test(text) && /\s/.test(text.trim()) && !/^[\w-]+(\.[\w-]+)+$/.test(text);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isText(node.text)) found.push(`${at(node)} text "${node.text.trim().slice(0, 60)}"`);
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf);
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) &&
            init.expression &&
            (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))
          ? init.expression.text
          : null;
      if (literal !== null && TEXT_ATTRIBUTES.has(name) && isText(literal)) found.push(`${at(node)} ${name}="${literal.slice(0, 60)}"`);
    }
    if (ts.isPropertyAssignment(node) && (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))) {
      const name = node.name.getText(sf).replace(/["']/g, "");
      const text = node.initializer.text;
      if (TEXT_PROPERTIES.has(name) ? isText(text) : (name === "message" || name === "error") && isSentence(text))
        found.push(`${at(node)} ${name}: "${text.slice(0, 60)}"`);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(sf);
      const args = node.arguments;
      const stringArg = (i: number) => {
        const arg = args[i];
        return arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) || ts.isTemplateExpression(arg))
          ? arg.getText(sf).slice(1, -1)
          : null;
      };
      if (callee === "fail") {
        const text = stringArg(1);
        if (text && isSentence(text)) found.push(`${at(node)} fail(…, "${text.slice(0, 60)}")`);
      }
      if (/\.(min|max|length|regex|refine|email|url|int|positive|nonnegative|startsWith|endsWith|includes)$/.test(callee)) {
        for (let i = 0; i < args.length; i++) {
          const text = stringArg(i);
          if (text && isSentence(text)) found.push(`${at(node)} ${callee.split(".").pop()}(…, "${text.slice(0, 60)}")`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
