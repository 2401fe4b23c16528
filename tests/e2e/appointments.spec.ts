import { createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { arrange } from "./arrange";
import { ownedCase } from "./console";
import { db, expect, expectAccessible, signOut, test } from "./fixtures";

// An appointment at the Boston office seen by a person in Chicago: the office's time with theirs
// alongside, Add to calendar (.ics parsed here), Ask to reschedule, an officer setting a new time,
// and the person's alert at the SMTP server.

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").replace(/\r\n/g, "\n");

test("a person in Chicago sees a Boston appointment on both clocks, adds it to a calendar, asks to reschedule, and an officer sets a new time", async ({
  page,
  mail,
}) => {
  const applicant = await createAccount({ label: "appointment-applicant" });
  await db(`UPDATE "User" SET "timeZone" = 'America/Chicago' WHERE id = $1`, [applicant.id]);
  const paper = await ownedCase(applicant, { formType: "I-485" });
  // December 15 of next year, 9:00 AM in Boston (EST) = 14:00 UTC.
  const year = new Date().getUTCFullYear() + 1;
  const at = new Date(Date.UTC(year, 11, 15, 14, 0));
  await arrange({
    op: "office-appointment",
    receiptNumber: paper.receiptNumber,
    kind: "INTERVIEW",
    at: at.toISOString(),
    office: "BOS-FO",
  });

  await signInWithEmailCode(page, mail, applicant);
  await page.goto(`/cases/${paper.receiptNumber}`);
  const panel = page.getByTestId("appointments");
  await expect(panel.getByTestId("appointment-time")).toHaveText(`December 15, ${year} at 9:00 AM EST (8:00 AM CST)`);
  // The status box and the list of notices on the same page read it on the same clocks.
  await expect(page.getByTestId("status-date")).toContainText(`December 15, ${year} at 9:00 AM EST (8:00 AM CST)`);
  await expect(page.getByTestId("notices")).toContainText(`December 15, ${year} at 9:00 AM EST (8:00 AM CST)`);
  await expect(panel.getByTestId("appointment-place")).toContainText("Boston Field Office");
  await expect(panel.getByTestId("appointment-place")).toContainText("15 New Sudbury Street, Room E-160, Boston, MA 02203");
  await expectAccessible(page, "the case page with an appointment");

  // Add to calendar: an .ics whose start is the appointment's UTC instant.
  const download = page.waitForEvent("download");
  await panel.getByTestId("add-to-calendar").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`interview-${paper.receiptNumber}.ics`);
  const response = await page.request.get(`/cases/${paper.receiptNumber}/appointments/${await noticeId(paper.receiptNumber)}/calendar.ics`);
  expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
  const ics = unfold(await response.text());
  const dtstart = ics.match(/^DTSTART:(\d{8}T\d{6}Z)$/m)?.[1];
  expect(dtstart).toBeDefined();
  const parsed = new Date(dtstart!.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));
  expect(parsed.toISOString()).toBe(at.toISOString());
  expect(ics).toMatch(/^LOCATION:Boston Field Office\\, 15 New Sudbury Street\\, Room E-160\\, Boston\\, MA 02203$/m);
  expect(ics).toMatch(/BEGIN:VALARM\n(?:.*\n)*?TRIGGER:-PT24H\n(?:.*\n)*?END:VALARM/);

  // Ask to reschedule: a missing reason is refused, then the request goes through.
  await panel.getByTestId("ask-to-reschedule").click();
  await expect(page.getByRole("heading", { level: 1, name: "Ask to reschedule your appointment" })).toBeVisible();
  await expectAccessible(page, "the reschedule form");
  await page.getByLabel("Dates that suit you").fill("Any weekday morning in the first two weeks of January.");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Tell us why you need to reschedule.");
  await expectAccessible(page, "the reschedule form with an error");
  await page.getByLabel("Why do you need to reschedule?").fill("I will be travelling for a family funeral.");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${paper.receiptNumber}\\?reschedule`));
  await expect(page.getByTestId("reschedule-requested")).toContainText("Your request to reschedule was received");
  await expect(page.getByTestId("case-status")).toContainText("Request To Reschedule My Appointment Was Received");
  await expect(page.getByTestId("reschedule-open")).toBeVisible();
  await expect(page.getByTestId("ask-to-reschedule")).toHaveCount(0);
  await expectAccessible(page, "the case page after asking to reschedule");
  await signOut(page);

  // The officer sees the request and sets a new time on the Chicago office's clock.
  const officer = await createOfficerAccount({ label: "appointment-officer" });
  await signInWithEmailCode(page, mail, officer);
  await page.goto("/agency/reschedule-requests");
  await expect(page.getByRole("heading", { level: 1, name: "Requests to reschedule" })).toBeVisible();
  const row = page.getByTestId("reschedule-request").filter({ hasText: paper.receiptNumber });
  await expect(row).toContainText("I will be travelling for a family funeral.");
  await expect(row).toContainText("Boston Field Office");
  await expectAccessible(page, "the list of requests to reschedule");
  await row.getByRole("link", { name: /EAC|IOE|NBC|LIN|WAC|SRC|MSC/ }).click();
  const section = page.getByTestId("case-reschedule-request");
  await expect(section).toContainText("Dates that suit them: Any weekday morning");
  await expectAccessible(page, "the officer's case page with a request to reschedule");
  const alertsBefore = Date.now();
  await section.getByLabel("Office").selectOption("CHI-FO");
  await section.getByLabel("New date").fill(`${year + 1}-01-07`);
  await section.getByLabel("New time").fill("10:30");
  await section.getByRole("button", { name: "Set the new appointment" }).click();
  await expect(page.getByTestId("new-appointment-set")).toBeVisible();
  await expectAccessible(page, "the officer's case page after setting a new appointment");
  await page.goto("/agency/reschedule-requests");
  await expect(page.getByTestId("reschedule-request").filter({ hasText: paper.receiptNumber })).toHaveCount(0);
  await signOut(page);

  // The person is alerted and sees the new appointment: 10:30 AM in Chicago is their own time too.
  await mail.waitForMessage(
    (m) => m.to.includes(applicant.email) && m.receivedAt.getTime() >= alertsBefore && !m.subject.startsWith("Your verification code"),
  );
  // Signing in again may come sooner than the 30 seconds between codes: the first code is moved back in time.
  await db(`UPDATE "OtpChallenge" SET "createdAt" = "createdAt" - interval '1 minute' WHERE "userId" = $1`, [applicant.id]);
  await signInWithEmailCode(page, mail, applicant);
  await page.goto(`/cases/${paper.receiptNumber}`);
  await expect(page.getByTestId("appointment-time")).toHaveText(`January 7, ${year + 1} at 10:30 AM CST`);
  await expect(page.getByTestId("appointment-place")).toContainText("Chicago Field Office");
  await expect(page.getByTestId("case-status")).toContainText("Interview Was Rescheduled");
  await expectAccessible(page, "the case page with the new appointment");
});

async function noticeId(receiptNumber: string): Promise<string> {
  const [row] = await db<{ id: string }>(
    `SELECT n.id FROM "Notice" n JOIN "Case" c ON c.id = n."caseId" WHERE c."receiptNumber" = $1 AND n.kind = 'INTERVIEW' ORDER BY n."issuedAt" DESC LIMIT 1`,
    [receiptNumber],
  );
  return row.id;
}
