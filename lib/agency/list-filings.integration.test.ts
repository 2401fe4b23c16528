import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { submitFiling } from "@/lib/filing/submit-filing";
import { createUser, useUploadDir } from "@/tests/support/factories";
import { ar11Answers, draftFiling, fillForm, payment, requiredKinds, I765_FEE_PAYING } from "@/tests/support/filing-factories";
import { runAgencyCommand } from "./command";

let uploads: ReturnType<typeof useUploadDir>;
let prepared = 0;
beforeEach(() => {
  uploads = useUploadDir();
  prepared = 0;
});
afterEach(() => uploads.cleanup());

async function agency(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAgencyCommand(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: process.cwd(),
    prepare: async () => {
      prepared++;
    },
  });
  return { code, out, err };
}

async function submitted(formType: "I-765" | "AR-11", at: Date) {
  const user = await createUser("COMPLETE");
  const answers = formType === "AR-11" ? ar11Answers() : fillForm("I-765", I765_FEE_PAYING, at);
  const filing = await draftFiling(user.id, formType, answers, { documents: requiredKinds(formType, answers) });
  const paid = formType === "I-765" ? await payment(filing.id, 26_000) : null;
  const result = await submitFiling(filing.id, paid ? { paymentId: paid.id } : null, at);
  if (!result.ok) throw new Error(result.message);
  return { user, ...result };
}

describe("agency list-filings", () => {
  it("lists the online filings, newest first, with receipt or confirmation number, form, applicant, fee and status", async () => {
    const i765 = await submitted("I-765", new Date("2026-12-01T09:30:00Z"));
    const ar11 = await submitted("AR-11", new Date("2026-12-02T10:00:00Z"));
    await draftFiling((await createUser("COMPLETE")).id, "AR-11", ar11Answers());

    const all = await agency("list-filings");
    expect(all).toMatchObject({ code: 0, err: [] });
    expect(all.out).toEqual([
      `December 2, 2026 at 10:00 AM UTC  ${ar11.confirmationNumber}  AR-11  ${ar11.user.email}  no fee`,
      `December 1, 2026 at 9:30 AM UTC  ${i765.receiptNumber}  I-765  Ana Diaz  $260.00  "Case Was Received and A Receipt Notice Was Emailed"`,
    ]);

    expect((await agency("list-filings", "--form", "i-765")).out).toHaveLength(1);
    expect((await agency("list-filings", "--limit", "1")).out).toEqual([all.out[0]]);
  });

  it("says when nothing was filed; bad options get one line and exit code 2 before touching the database", async () => {
    expect(await agency("list-filings")).toMatchObject({ code: 0, out: ["Nothing has been filed online yet."] });
    prepared = 0;
    for (const argv of [["--form", "I-130"], ["--limit", "0"], ["--limit", "lots"], ["--limit", "5000"], ["--bogus"]]) {
      const result = await agency("list-filings", ...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.err).toHaveLength(1);
    }
    expect(prepared).toBe(0);
  });
});
