// Helpers for the secure-message browser tests.
import type { Browser, Page } from "./fixtures";
import { APP_URL, signInWithEmailCode, type Account } from "./accounts";
import { createPaperCase, type PaperCase } from "./cases";
import type { SmtpSink } from "../support/smtp-sink";

export { PDF } from "./fixtures";

/** Markup that would run if a message body were ever treated as HTML. */
export const INJECTION = `<script>window.__injected = "script"</script><img src=x onerror="window.__injected = 'img'">`;

/** A paper case already in the account. */
export function caseInAccount(account: Pick<Account, "id">): Promise<PaperCase> {
  return createPaperCase({ ownerId: account.id });
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
