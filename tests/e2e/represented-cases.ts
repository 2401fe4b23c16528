// Representatives for browser tests: a finished account (tests/e2e/accounts.ts) turned into a legal
// representative's, with a profile, and a G-28 (Representation row) naming them on a case.
import type { SmtpSink } from "../support/smtp-sink";
import { createAccount, signInWithEmailCode, type Account } from "./accounts";
import { db, type Page } from "./fixtures";

export async function createRepresentativeAccount(fullName = "Rosa Lawyer"): Promise<Account> {
  const account = await createAccount({ label: "representative", methods: ["EMAIL"] });
  await db(`UPDATE "User" SET role = 'REPRESENTATIVE' WHERE id = $1`, [account.id]);
  await db(
    `INSERT INTO "RepresentativeProfile" ("userId", kind, "fullName", organization, "addressLine1", city, state, "postalCode", phone, "updatedAt")
     VALUES ($1, 'ATTORNEY', $2, 'Lawyer & Partners', '1 Main Street', 'Boston', 'MA', '02108', '+12025550199', now())`,
    [account.id, fullName],
  );
  return account;
}

/** A current paper G-28 naming the representative on the case (its client: the case's owner). */
export async function recordG28(caseId: string, representativeId: string): Promise<string> {
  const [row] = await db<{ id: string }>(
    `INSERT INTO "Representation" (id, "caseId", "representativeId", "clientId", source, "startedAt")
     SELECT gen_random_uuid(), c.id, $2, c."ownerId", 'PAPER', now() - interval '1 day' FROM "Case" c WHERE c.id = $1 RETURNING id`,
    [caseId, representativeId],
  );
  return row.id;
}

/** A representative's sign-in with an emailed code: they land on My clients. */
export async function signInAsRepresentative(page: Page, mail: SmtpSink, account: Account): Promise<void> {
  await signInWithEmailCode(page, mail, account, /\/representative$/);
}
