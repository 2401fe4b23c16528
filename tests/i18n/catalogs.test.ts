import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalog } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/locales";
import { compareCatalogs, flatten, keysUsed, literalsIn, sourceFiles } from "./catalog-check";

// The catalog check (part of npm test): every language has every key with the same {arguments}
// and <tags>; every key the code names exists; and no text a person reads is written in code
// outside the catalogs, except in the files still listed in ./untranslated.txt (which may only
// shrink: a listed file that has no such text left must come off the list).

const root = process.cwd();
const SCANNED = ["app", "components", "lib"];
/** Not read by applicants, representatives or officers in the portal: operator settings, demo data, developer pages, test fixtures. */
const NOT_USER_FACING = [/^lib\/env\.ts$/, /^lib\/demo\//, /^app\/dev\//, /\/test-fixtures\//];

function untranslatedList(): string[] {
  return fs
    .readFileSync(path.join(root, "tests/i18n/untranslated.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

function scannedFiles(): string[] {
  return sourceFiles(root, SCANNED).filter((file) => !NOT_USER_FACING.some((pattern) => pattern.test(file)));
}

describe("the message catalogs", () => {
  it("hold the same keys, each with the same arguments and tags, in every language", () => {
    const english = readCatalog("en");
    const problems = LOCALES.filter((locale) => locale !== "en").flatMap((locale) => compareCatalogs(english, readCatalog(locale), locale));
    expect(problems).toEqual([]);
  });

  it("fail the check when a key is missing in one language (a copy of the catalogs with one Spanish key taken out)", () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "catalogs-"));
    fs.cpSync(path.join(root, "messages"), scratch, { recursive: true });
    const file = path.join(scratch, "es", "common.json");
    const common = JSON.parse(fs.readFileSync(file, "utf8")) as { header: Record<string, string> };
    delete common.header.signIn;
    fs.writeFileSync(file, JSON.stringify(common));
    expect(compareCatalogs(readCatalog("en", scratch), readCatalog("es", scratch), "es")).toEqual(["es: missing key common.header.signIn"]);
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("fail the check when a translation drops or renames an argument", () => {
    const english = { a: { b: "Hello {name}, you have {count, plural, one {# case} other {# cases}}" } };
    expect(compareCatalogs(english, { a: { b: "Hola {nombre}, tiene {count, plural, one {# caso} other {# casos}}" } }, "es")).toEqual([
      "es: a.b has arg:nombre, arg:count, English has arg:name, arg:count",
    ]);
  });

  it("have every key the code names", () => {
    const known = new Set(flatten(readCatalog("en")).keys());
    const missing = sourceFiles(root, SCANNED).flatMap((file) =>
      keysUsed(fs.readFileSync(path.join(root, file), "utf8"))
        .filter((key) => !known.has(key))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});

describe("texts written in code", () => {
  it("are found by the check (JSX text, text attributes, a page title, lib's refusals and zod messages)", () => {
    const source = `
      export const metadata = { title: "Sign in" };
      const schema = z.string().min(1, "Enter your email address.");
      export function Page() { return <p aria-label="Close dialog">Hello there</p>; }
      function refuse() { return fail("no_match", "That code did not work."); }
      const fine = <p className="text-muted" data-testid="x">{t("signIn.title")}</p>;`;
    expect(literalsIn("x.tsx", source)).toEqual([
      'x.tsx:2 title: "Sign in"',
      'x.tsx:3 min(…, "Enter your email address.")',
      'x.tsx:4 aria-label="Close dialog"',
      'x.tsx:4 text "Hello there"',
      'x.tsx:5 fail(…, "That code did not work.")',
    ]);
  });

  it("appear only in the files still listed as untranslated", () => {
    const listed = new Set(untranslatedList());
    const found = scannedFiles()
      .filter((file) => !listed.has(file))
      .flatMap((file) => literalsIn(file, fs.readFileSync(path.join(root, file), "utf8")));
    expect(found).toEqual([]);
  });

  it("leave no file on the untranslated list that is gone or has been translated", () => {
    const stale = untranslatedList().filter(
      (file) => !fs.existsSync(path.join(root, file)) || literalsIn(file, fs.readFileSync(path.join(root, file), "utf8")).length === 0,
    );
    expect(stale).toEqual([]);
  });
});
