import "server-only";
import { endOfUtcDay } from "../agency/utc-dates";
import { db } from "../db";
import { addStatusEvent, createPaperCase, issueNotice, openEvidenceRequest, type NewPaperCase } from "../cases/agency-operations";
import { issueBackupCode } from "../mfa/backup-code";
import { hashSecret } from "../passwords/hash";
import { normalizeAnswer } from "../recovery/questions";
import { TERMS_VERSION } from "../registration/terms";

// Demo data for trying the portal locally: one finished applicant account whose codes go by email
// (read them at /dev/outbox), with a few cases and their history made by the agency operations, and
// one paper-filed case nobody has linked yet, to try "Add a paper-filed case" with; an officer; and
// an attorney whose representative profile the officer has verified, with a paper G-28 on one of
// the applicant's cases. Idempotent.

export const DEMO_ACCOUNT = { email: "demo@example.com", password: "Harbor-Lantern-Quill-26!" };
/** An officer for trying the console at /agency: same password, codes by email. */
export const DEMO_OFFICER = { email: "officer@example.com", password: DEMO_ACCOUNT.password };

/** A legal representative (an attorney) with a verified profile: same password, codes by email. */
export const DEMO_REPRESENTATIVE = { email: "attorney@example.com", password: DEMO_ACCOUNT.password };

export type DemoSeed = {
  created: boolean;
  backupCode?: string;
  officerBackupCode?: string;
  representativeBackupCode?: string;
  paperCase?: NewPaperCase;
};

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

async function giveToAccount(paperCase: NewPaperCase, userId: string, at: Date): Promise<void> {
  await db().case.update({ where: { id: paperCase.id }, data: { ownerId: userId, linkedAt: at, accessCodeUsedAt: at } });
}

/** The demo account's cases: one decided, one waiting on the applicant's evidence, one under review. */
async function seedDemoCases(userId: string): Promise<void> {
  const approved = await createPaperCase({ formType: "I-130", applicantName: "Demo Applicant", office: "EAC", receivedAt: daysAgo(210) });
  await addStatusEvent(approved.receiptNumber, "Case Is Being Actively Reviewed", { at: daysAgo(120) });
  await issueNotice(approved.receiptNumber, "APPROVAL", { at: daysAgo(30) });
  await addStatusEvent(approved.receiptNumber, "Card Was Mailed To Me", { at: daysAgo(25) });
  await giveToAccount(approved, userId, daysAgo(200));

  const evidence = await createPaperCase({ formType: "I-485", applicantName: "Demo Applicant", office: "NBC", receivedAt: daysAgo(150) });
  await issueNotice(evidence.receiptNumber, "BIOMETRICS_APPOINTMENT", {
    at: daysAgo(120),
    appointmentAt: daysAgo(100),
    office: "SPR-ASC",
  });
  await addStatusEvent(evidence.receiptNumber, "Case Was Updated To Show Fingerprints Were Taken", { at: daysAgo(100) });
  await openEvidenceRequest(evidence.receiptNumber, {
    instructions:
      "A copy of your birth certificate, with a certified English translation.\nProof of your lawful entry, such as your passport page with the entry stamp.",
    at: daysAgo(5),
    dueAt: endOfUtcDay(new Date(Date.now() + 80 * DAY)),
  });
  await giveToAccount(evidence, userId, daysAgo(140));

  const review = await createPaperCase({ formType: "I-765", applicantName: "Demo Applicant", office: "LIN", receivedAt: daysAgo(40) });
  await addStatusEvent(review.receiptNumber, "Case Is Being Actively Reviewed", { at: daysAgo(3) });
  const interviewDay = new Date(Date.now() + 21 * DAY);
  await issueNotice(review.receiptNumber, "INTERVIEW", {
    at: daysAgo(2),
    // 2:00 PM UTC: 9:00 or 10:00 AM in Boston, depending on daylight saving time.
    appointmentAt: new Date(Date.UTC(interviewDay.getUTCFullYear(), interviewDay.getUTCMonth(), interviewDay.getUTCDate(), 14)),
    office: "BOS-FO",
  });
  await giveToAccount(review, userId, daysAgo(35));
}

export async function seedDemoData(): Promise<DemoSeed> {
  const existing = await db().user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  if (existing) return { created: false };
  const passwordHash = await hashSecret(DEMO_ACCOUNT.password);
  const answers = await Promise.all(
    // Answers follow the rules the forms apply: 3 characters or more, each different ("demo 1" to "demo 5").
    [1, 2, 3, 4, 5].map(async (questionId) => ({ questionId, answerHash: await hashSecret(normalizeAnswer(`demo ${questionId}`)) })),
  );
  const made = await db().$transaction(async (tx) => {
    const now = new Date();
    const finished = {
      registrationStep: "COMPLETE" as const,
      emailConfirmedAt: now,
      termsVersion: TERMS_VERSION,
      termsAcceptedAt: now,
      passwordHash,
      passwordChangedAt: now,
    };
    const user = await tx.user.create({
      data: {
        ...finished,
        email: DEMO_ACCOUNT.email,
        mfaMethods: { create: { kind: "EMAIL", verifiedAt: now } },
        securityAnswers: { create: answers },
      },
    });
    const officer = await tx.user.create({
      data: {
        ...finished,
        email: DEMO_OFFICER.email,
        role: "OFFICER",
        mfaMethods: { create: { kind: "EMAIL", verifiedAt: now } },
        securityAnswers: { create: answers },
      },
    });
    const representative = await tx.user.create({
      data: {
        ...finished,
        email: DEMO_REPRESENTATIVE.email,
        role: "REPRESENTATIVE",
        mfaMethods: { create: { kind: "EMAIL", verifiedAt: now } },
        securityAnswers: { create: answers },
        representativeProfile: {
          create: {
            kind: "ATTORNEY",
            fullName: "Dana Whitfield",
            organization: "Whitfield Immigration Law",
            addressLine1: "100 Example Street",
            addressLine2: "Suite 400",
            city: "Springfield",
            state: "MA",
            postalCode: "01103",
            phone: "+14135550142",
            barAdmissions: [{ jurisdiction: "Massachusetts", barNumber: "BBO 654321", goodStanding: true }],
            verifiedAt: now,
            verifiedById: officer.id,
          },
        },
      },
    });
    return {
      userId: user.id,
      officerId: officer.id,
      representativeId: representative.id,
      code: await issueBackupCode(tx, user.id),
      officerCode: await issueBackupCode(tx, officer.id),
      representativeCode: await issueBackupCode(tx, representative.id),
    };
  });
  await seedDemoCases(made.userId);
  // The attorney represents the demo applicant on their most recently changed case (a paper G-28
  // the officer recorded), so My clients has a case to show.
  const represented = await db().case.findFirstOrThrow({
    where: { ownerId: made.userId },
    orderBy: { statusChangedAt: "desc" },
    select: { id: true },
  });
  await db().representation.create({
    data: {
      caseId: represented.id,
      representativeId: made.representativeId,
      clientId: made.userId,
      source: "PAPER",
      recordedById: made.officerId,
      startedAt: new Date(),
    },
  });
  const paperCase = await createPaperCase({ formType: "N-400", applicantName: "Demo Applicant", office: "YSC" });
  return {
    created: true,
    backupCode: made.code,
    officerBackupCode: made.officerCode,
    representativeBackupCode: made.representativeCode,
    paperCase,
  };
}
