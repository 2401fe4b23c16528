import { describe, expect, it } from "vitest";
import { createPaperCase } from "@/lib/cases/agency-operations";
import { db } from "@/lib/db";
import type { FormFields } from "@/lib/actions/form-input";
import type { CurrentSession } from "@/lib/sessions/sessions";
import { sessionFor, signedUpTo } from "@/tests/support/factories";
import { submit } from "@/tests/support/action-input";
import { formatAccountNumber } from "@/lib/account/account-number";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";
import { findCases as find, zFindCase } from "./find-case";

const english = readerFor("en", "UTC");
/** As the search form's action answers an English reader. */
const findCases = async (session: CurrentSession, fields: FormFields) =>
  localizeResult(await submit(zFindCase, fields, (input) => find(session, input)), english);

async function officer() {
  const { user } = await signedUpTo("COMPLETE");
  await db().user.update({ where: { id: user.id }, data: { role: "OFFICER" } });
  return { user, session: await sessionFor(user.id, "FULL") };
}

async function searchAudit(officerId: string) {
  const rows = await db().auditLog.findMany({ where: { actorId: officerId, action: "case.searched" }, orderBy: { at: "asc" } });
  return rows.map((row) => row.detail);
}

describe("officer search by applicant name and account number", () => {
  it("finds cases by the start of the applicant's name in any case, and takes typed wildcards literally", async () => {
    const { user, session } = await officer();
    // Letters only: a name never has digits.
    const tag = `Zq${[...Date.now().toString(36)].map((c) => String.fromCharCode(97 + (parseInt(c, 36) % 26))).join("")}`;
    const first = await createPaperCase({ formType: "I-130", applicantName: `${tag} Okafor` });
    const second = await createPaperCase({ formType: "I-485", applicantName: `${tag.toLowerCase()}ina Ruiz` });
    await createPaperCase({ formType: "I-130", applicantName: `Ana ${tag}` });

    const found = await findCases(session, { query: `  ${tag.toUpperCase()} ` });
    expect(found).toMatchObject({ ok: true, kind: "name", prefix: tag.toUpperCase() });
    const receipts = found.ok && found.kind === "name" ? found.cases.map((c) => c.receiptNumber).sort() : [];
    expect(receipts).toEqual([first.receiptNumber, second.receiptNumber].sort());

    expect(await findCases(session, { query: `${tag} okafor` })).toMatchObject({
      ok: true,
      cases: [{ receiptNumber: first.receiptNumber, formType: "I-130", applicantName: `${tag} Okafor`, status: "Case Was Received" }],
    });
    expect(await findCases(session, { query: `${tag} Okafor Smith` })).toMatchObject({
      ok: false,
      code: "no_match",
      fieldErrors: { query: expect.stringContaining("No case has an applicant whose name starts with") },
    });
    // "%" is not a name character: it is refused, never used as a wildcard.
    expect(await findCases(session, { query: "%" })).toMatchObject({ ok: false, fieldErrors: { query: expect.any(String) } });
    expect(await searchAudit(user.id)).toEqual([
      { by: "name", matches: 2 },
      { by: "name", matches: 1 },
      { by: "name", matches: 0 },
    ]);
  });

  it("uses the prefix index on the lower-cased name", async () => {
    // With sequential scans priced out, the planner shows whether the query can use the index at all.
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT "receiptNumber" FROM "Case" WHERE lower("applicantName") LIKE 'ana%' LIMIT 100`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Case_applicantName_lower_prefix_idx");
  });

  it("finds the cases of an account by its account number, written with or without spaces", async () => {
    const { user, session } = await officer();
    const { user: applicant } = await signedUpTo("COMPLETE");
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Lee Park" });
    await db().case.update({ where: { id: paper.id }, data: { ownerId: applicant.id, linkedAt: new Date() } });
    const { accountNumber } = await db().user.findUniqueOrThrow({ where: { id: applicant.id }, select: { accountNumber: true } });

    expect(await findCases(session, { query: formatAccountNumber(accountNumber) })).toMatchObject({
      ok: true,
      kind: "account",
      accountNumber,
      cases: [{ receiptNumber: paper.receiptNumber }],
    });
    const unused = accountNumber === "000000000000" ? "000000000001" : "000000000000";
    expect(await findCases(session, { query: unused })).toMatchObject({ ok: false, code: "no_match" });
    expect(await searchAudit(user.id)).toEqual([
      { by: "account", matches: 1 },
      { by: "account", matches: 0 },
    ]);
  });
});
