// Helpers for the secure-message browser tests.
import type { Browser, Page } from "./fixtures";
import { APP_URL, signInWithEmailCode, type Account } from "./accounts";
import { createPaperCase, type PaperCase } from "./cases";
import { db } from "./fixtures";
import type { SmtpSink } from "../support/smtp-sink";

export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/** Markup that would run if a message body were ever treated as HTML. */
export const INJECTION = `<script>window.__injected = "script"</script><img src=x onerror="window.__injected = 'img'">`;

/** A paper case already in the account. */
export async function caseInAccount(account: Pick<Account, "id">): Promise<PaperCase> {
  const paper = await createPaperCase();
  await db('UPDATE "Case" SET "ownerId" = $1, "linkedAt" = now(), "accessCodeUsedAt" = now() WHERE id = $2', [account.id, paper.id]);
  return paper;
}

/** A separate browser (its own cookies) signed in as the account. */
export async function signedInElsewhere(browser: Browser, mail: SmtpSink, account: Account): Promise<Page> {
  const context = await browser.newContext({ baseURL: APP_URL });
  const page = await context.newPage();
  await signInWithEmailCode(page, mail, account);
  // The landing page (reached by a client-side navigation) settles before the test navigates on,
  // or the next goto can be aborted by it.
  await page.waitForLoadState("networkidle");
  return page;
}
