// Finished accounts made straight in the database, with the portal's own hashing and encryption,
// for journeys that start after sign-up (sign-up itself is driven through the pages elsewhere).
import { generate } from "otplib";
import type { Page } from "./fixtures";
import { arrange } from "./arrange";
import { APP_URL, portalEnv } from "./e2e-env";
import { db as runDb, expect, GOOD_PASSWORD, uniqueEmail } from "./fixtures";
import { queryDatabase } from "../support/database";
import type { SmtpSink } from "../support/smtp-sink";
import { codeIn } from "../support/smtp-sink";

export const ANSWERS = ["Rex", "Springfield", "Maple Street", "Blue", "Ms. Alvarez"];
export const QUESTION_IDS = [1, 2, 3, 4, 5];

async function portalLib() {
  // The same settings as the server, so encrypted secrets match what it reads.
  Object.assign(process.env, { ...portalEnv("postgresql://unused"), NODE_ENV: "test" });
  const [{ hashSecret }, { encryptSecret }, { normalizeAnswer }, totp] = await Promise.all([
    import("../../lib/passwords/hash"),
    import("../../lib/crypto/encryption"),
    import("../../lib/recovery/questions"),
    import("otplib"),
  ]);
  return { hashSecret, encryptSecret, normalizeAnswer, totp };
}

export type Account = { id: string; email: string; password: string; backupCode: string; totpSecret?: string; phone?: string };

/**
 * A person who finished sign-up: password GOOD_PASSWORD, the given verification methods, a saved
 * backup code and five answered questions (QUESTION_IDS / ANSWERS).
 */
export async function createAccount(
  options: {
    label?: string;
    methods?: ("EMAIL" | "SMS" | "TOTP")[];
    phone?: string;
    officer?: boolean;
    /** Another database than the run's (a spec with servers of its own). */
    databaseUrl?: string;
  } = {},
): Promise<Account> {
  const lib = await portalLib();
  const { databaseUrl } = options;
  const db = <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    databaseUrl ? queryDatabase<Row>(sql, params, databaseUrl) : runDb<Row>(sql, params);
  const email = uniqueEmail(options.label ?? "account");
  const methods = options.methods ?? ["EMAIL"];
  // A number no sign-up journey uses: the Twilio stand-in keeps every text of the run.
  const phone = options.phone ?? "+12025550186";
  const passwordHash = await lib.hashSecret(GOOD_PASSWORD);
  // An officer's account starts, as it only can, with the invitation (lib/agency/invite-officer.ts).
  if (options.officer) await arrange({ op: "invite-officer", email });
  const [user] = options.officer
    ? await db<{ id: string }>(
        `UPDATE "User" SET "registrationStep" = 'COMPLETE', "emailConfirmedAt" = now(), "termsVersion" = '2026-11-01', "termsAcceptedAt" = now(),
           "passwordHash" = $2, "passwordChangedAt" = now(), "updatedAt" = now() WHERE email = $1 AND role = 'OFFICER' RETURNING id`,
        [email, passwordHash],
      )
    : await db<{ id: string }>(
        `INSERT INTO "User" (id, email, "registrationStep", "emailConfirmedAt", "termsVersion", "termsAcceptedAt", "passwordHash", "passwordChangedAt", "updatedAt")
         VALUES (gen_random_uuid(), $1, 'COMPLETE', now(), '2026-11-01', now(), $2, now(), now()) RETURNING id`,
        [email, passwordHash],
      );
  let totpSecret: string | undefined;
  for (const kind of methods) {
    if (kind === "TOTP") totpSecret = lib.totp.generateSecret();
    await db(
      `INSERT INTO "MfaMethod" (id, "userId", kind, phone, "totpSecretEnc", "verifiedAt") VALUES (gen_random_uuid(), $1, $2::"MfaKind", $3, $4, now())`,
      [user.id, kind, kind === "SMS" ? phone : null, kind === "TOTP" ? lib.encryptSecret(totpSecret!) : null],
    );
  }
  const backupCode = "7KQ2M9TX4HPBW3RD";
  await db(`INSERT INTO "BackupCode" (id, "userId", "codeHash", "savedAt") VALUES (gen_random_uuid(), $1, $2, now())`, [
    user.id,
    await lib.hashSecret(backupCode),
  ]);
  for (let i = 0; i < QUESTION_IDS.length; i++) {
    await db(`INSERT INTO "SecurityAnswer" (id, "userId", "questionId", "answerHash") VALUES (gen_random_uuid(), $1, $2, $3)`, [
      user.id,
      QUESTION_IDS[i],
      await lib.hashSecret(lib.normalizeAnswer(ANSWERS[i])),
    ]);
  }
  return {
    id: user.id,
    email,
    password: GOOD_PASSWORD,
    backupCode: backupCode.match(/.{4}/g)!.join("-"),
    totpSecret,
    phone: methods.includes("SMS") ? phone : undefined,
  };
}

/** The current code of an authentication app. */
export function appCode(secret: string): Promise<string> {
  return generate({ secret });
}

/** Email and password on the sign-in page; leaves the browser on the second step. */
export async function enterPassword(page: Page, account: Pick<Account, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
}

/**
 * A full sign-in with an emailed code (the account must have the EMAIL method). Applicants land on
 * their dashboard and officers on the console unless `lands` says where else.
 */
export async function signInWithEmailCode(
  page: Page,
  mail: SmtpSink,
  account: Account,
  lands: RegExp = /\/(dashboard|agency)/,
): Promise<void> {
  await enterPassword(page, account);
  await passWithEmailCode(page, mail, account, lands);
}

/** On a second-step page (sign-in or "confirm it's you"): a code sent by email, entered; the browser lands on `lands`. */
export async function passWithEmailCode(page: Page, mail: SmtpSink, account: Pick<Account, "email">, lands: RegExp): Promise<void> {
  const after = Date.now();
  await page.getByRole("button", { name: "Send code" }).click();
  const message = await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() >= after,
  );
  await page.getByLabel("Verification code").fill(codeIn(message.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(lands);
}

/**
 * A finished officer account: invited as the agency command does, then finished in the database like
 * createAccount (the invitation journey through the pages has its own test).
 */
export function createOfficerAccount(options: { label?: string } = {}): Promise<Account> {
  return createAccount({ label: options.label ?? "officer", methods: ["EMAIL"], officer: true });
}

export { APP_URL };
