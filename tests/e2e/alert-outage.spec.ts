import { createAccount } from "./accounts";
import { runAgency } from "./agency";
import { createPaperCase } from "./cases";
import { db, expect, test } from "./fixtures";

const STATUSES = ["Case Is Being Actively Reviewed", "Interview Was Scheduled", "Case Was Approved"];
const ALERT_SUBJECT = "There is an update in your account";

type OutboxRow = { status: string; attempts: number; lastError: string | null };

test("with the SMTP server down, three status changes each alert once after it comes back", async ({ mail }) => {
  const account = await createAccount({ label: "alert-outage", methods: ["EMAIL"] });
  const paper = await createPaperCase({ formType: "I-485", applicantName: "Tomasz Wielgosz", ownerId: account.id });
  const alerts = () =>
    db<OutboxRow>(
      `SELECT status::text, attempts, "lastError" FROM "OutboundMessage" WHERE "caseId" = $1 AND template = 'case-update' ORDER BY "createdAt"`,
      [paper.id],
    );

  await mail.stop();
  try {
    for (const status of STATUSES) {
      expect(await runAgency(["add-event", "--receipt", paper.receiptNumber, "--status", status])).toContain(`status is now "${status}"`);
    }
    // All three wait in the outbox, each with failed attempts and the reason.
    await expect
      .poll(
        async () =>
          (await alerts()).map((row) => row.status === "PENDING" && row.attempts > 0 && /ECONNREFUSED|connect/i.test(row.lastError ?? "")),
        {
          timeout: 20_000,
        },
      )
      .toEqual([true, true, true]);
  } finally {
    await mail.start();
  }

  const received = () => mail.messages(account.email).filter((m) => m.subject.startsWith(ALERT_SUBJECT));
  await expect.poll(() => received().length, { timeout: 60_000 }).toBe(3);
  await expect.poll(async () => (await alerts()).map((row) => row.status), { timeout: 10_000 }).toEqual(["SENT", "SENT", "SENT"]);
  // Several poll intervals later, still exactly three: none was sent twice.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(received()).toHaveLength(3);
  expect(mail.messages(account.email)).toHaveLength(3);

  for (const message of received()) {
    expect(message.text).toContain("/dashboard");
    for (const detail of [paper.receiptNumber, ...STATUSES, "I-485", "Tomasz", "Wielgosz"]) {
      expect(message.text).not.toContain(detail);
      expect(message.html).not.toContain(detail);
      expect(message.subject).not.toContain(detail);
    }
  }
  // Sent, so the stored copies are gone.
  expect(
    await db(`SELECT 1 FROM "OutboundMessage" WHERE "caseId" = $1 AND (body IS NOT NULL OR html IS NOT NULL)`, [paper.id]),
  ).toHaveLength(0);
});
