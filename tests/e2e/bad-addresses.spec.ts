import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { APP_URL, createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { arrange } from "./arrange";
import { caseWithOpenRequest } from "./cases";
import { db, expect, test } from "./fixtures";
import { signedInElsewhere } from "./messages";
import { createRepresentativeAccount, recordG28, signInAsRepresentative } from "./represented-cases";

// Every page and route of the portal, asked with addresses no link makes: a NUL byte, a broken
// percent-escape, a 3,000-character value, a name given twice, ids that name nothing. Whoever asks
// (nobody, an applicant, an officer, a representative), the answer is a page or a refusal, never a
// server error. The routes are read from app/, so a new one is covered without a change here.

type Route = { template: string; params: string[]; queryKeys: string[] };

const PATH_VALUES = ["%00", "%ZZ", "x".repeat(3000), "00000000-0000-0000-0000-000000000000", "IOE0000000000"];
const QUERY_VALUES = ["%00", "%ZZ", "x".repeat(3000)];

/** The routes under app/ (pages and route handlers), with their [params] and the query names their source reads. */
function routes(): Route[] {
  const found: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const source = fs.readFileSync(file, "utf8");
        const declared = /searchParams: Promise<\{([^}]*)\}>/.exec(source)?.[1] ?? "";
        const queryKeys = new Set(["page", ...[...declared.matchAll(/(\w+)\?:/g)].map((m) => m[1])]);
        for (const m of source.matchAll(/searchParams\.get\("(\w+)"\)/g)) queryKeys.add(m[1]);
        const template =
          "/" +
          path
            .relative("app", path.dirname(file))
            .split(path.sep)
            .filter((segment) => segment && !/^\(.*\)$/.test(segment))
            .join("/");
        found.push({ template, params: [...template.matchAll(/\[(\w+)\]/g)].map((m) => m[1]), queryKeys: [...queryKeys] });
      }
    }
  };
  walk("app");
  return found;
}

/** Each address to ask for a route: the real ids, each param bad in turn, each query name bad in turn. */
function addresses(route: Route, real: Record<string, string>): string[] {
  const fill = (over: Record<string, string>) => route.template.replace(/\[(\w+)\]/g, (_, name: string) => over[name] ?? real[name] ?? "x");
  const base = fill({});
  const list = [base];
  for (const param of route.params) for (const value of PATH_VALUES) list.push(fill({ [param]: value }));
  for (const key of route.queryKeys) {
    for (const value of QUERY_VALUES) list.push(`${base}?${key}=${value}`);
    list.push(`${base}?${key}=1&${key}=2`);
  }
  return list;
}

test("no address, however made, gets a server error, whoever asks", async ({ page, mail, browser, playwright }) => {
  test.setTimeout(300_000);
  const applicant = await createAccount({ label: "bad-addresses", methods: ["EMAIL"] });
  const { caseId, receiptNumber, requestId } = await caseWithOpenRequest(applicant.id);
  const thread = await arrange<{ id: string }>({
    op: "thread",
    receiptNumber,
    applicantId: applicant.id,
    subject: "About my case",
    body: "A question.",
  });
  const rep = await createRepresentativeAccount();
  await recordG28(caseId, rep.id);
  const officer = await createOfficerAccount();
  const [notice] = await db<{ id: string }>(`SELECT id FROM "Notice" WHERE "caseId" = $1 LIMIT 1`, [caseId]);
  const [repUser] = await db<{ accountNumber: string }>(`SELECT "accountNumber" FROM "User" WHERE id = $1`, [rep.id]);
  const real: Record<string, string> = {
    receipt: receiptNumber,
    receiptNumber,
    requestId,
    noticeId: notice.id,
    threadId: thread.id,
    accountNumber: repUser.accountNumber,
  };

  await signInWithEmailCode(page, mail, applicant, /\/dashboard/);
  const officerPage = await signedInElsewhere(browser, mail, officer);
  const repContext = await browser.newContext();
  const repPage = await repContext.newPage();
  await signInAsRepresentative(repPage, mail, rep);
  const nobody = await playwright.request.newContext({ baseURL: APP_URL });

  const askers: [string, APIRequestContext][] = [
    ["nobody", nobody],
    ["applicant", page.request],
    ["officer", officerPage.request],
    ["representative", repPage.request],
  ];
  const all = routes();
  expect(all.length).toBeGreaterThan(80);
  const serverErrors: string[] = [];
  let asked = 0;
  for (const [who, request] of askers) {
    const queue = all.flatMap((route) => addresses(route, real));
    // A few at a time, as several browser tabs would.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
          const response = await request.get(address, { maxRedirects: 0, failOnStatusCode: false });
          asked++;
          if (response.status() >= 500) serverErrors.push(`${response.status()} for ${who}: ${address.slice(0, 120)}`);
        }
      }),
    );
  }
  expect(asked).toBeGreaterThan(1000);
  test.info().annotations.push({ type: "addresses asked", description: `${asked} over ${all.length} routes` });
  expect(serverErrors).toEqual([]);
  // Still signed in after all of it: no bad address ended a session.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard$/);
  await officerPage.context().close();
  await repContext.close();
  await nobody.dispose();
});
