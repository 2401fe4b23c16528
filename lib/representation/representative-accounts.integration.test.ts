import { describe, expect, it } from "vitest";
import { createPaperCase } from "@/lib/cases/agency-operations";
import { linkPaperCase, ONLY_APPLICANTS_LINK } from "@/lib/cases/link-paper-case";
import { db } from "@/lib/db";
import { msg } from "@/lib/i18n/message-ref";
import { readerFor } from "@/lib/i18n/translator";
import { startSignUp } from "@/lib/registration/start-sign-up";
import { submit } from "@/tests/support/action-input";
import { createUser, fullSession, info, officer, signedUpTo, uniqueEmail } from "@/tests/support/factories";
import { hasRepresentativeProfile, representativeProfileOf, saveRepresentativeProfile } from "./profile";
import { PROFILE_MESSAGES, zRepresentativeProfileForm, type RepresentativeProfileInput } from "./profile-schema";
import { findRepresentatives, markRepresentativeVerified, representativeForOfficer, VERIFY_MESSAGES } from "./representatives-for-officer";

const ZONE = "America/New_York";
const FORM = {
  kind: "ATTORNEY",
  fullName: "Dana Whitfield",
  organization: "Whitfield Immigration Law",
  addressLine1: "100 Example Street",
  addressLine2: "Suite 400",
  city: "Springfield",
  state: "MA",
  postalCode: "01103",
  phone: "413-555-0142",
  barJurisdiction1: "Massachusetts",
  barNumber1: "bbo 654321",
  barGoodStanding1: "yes",
};

async function representative(email = uniqueEmail("rep")) {
  const user = await createUser("COMPLETE", email);
  await db().user.update({ where: { id: user.id }, data: { role: "REPRESENTATIVE" } });
  const actor = { id: user.id, email: user.email, role: "REPRESENTATIVE" as const };
  return { user, actor, session: await fullSession(user.id) };
}

async function parsed(fields: Record<string, string> = FORM): Promise<RepresentativeProfileInput> {
  const result = zRepresentativeProfileForm(ZONE).safeParse(fields);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

async function withProfile(fields: Record<string, string> = FORM) {
  const rep = await representative();
  expect(await saveRepresentativeProfile(rep.actor, await parsed(fields), info)).toMatchObject({ ok: true, created: true });
  return rep;
}

async function accountNumber(userId: string): Promise<string> {
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { accountNumber: true } })).accountNumber;
}

async function counts() {
  const [profiles, audit, events] = await Promise.all([
    db().representativeProfile.count(),
    db().auditLog.count(),
    db().securityEvent.count(),
  ]);
  const rows = await db().representativeProfile.findMany({ orderBy: { userId: "asc" } });
  return { profiles, audit, events, rows };
}

describe("a representative's account at sign-up", () => {
  it("is made with the role REPRESENTATIVE and goes through every step, with an account number of its own", async () => {
    const journey = await signedUpTo("COMPLETE", { accountType: "REPRESENTATIVE" });
    const user = await db().user.findUniqueOrThrow({
      where: { id: journey.user.id },
      include: { backupCodes: true, securityAnswers: true },
    });
    expect(user).toMatchObject({ role: "REPRESENTATIVE", registrationStep: "COMPLETE" });
    expect(user.accountNumber).toMatch(/^\d{12}$/);
    expect(user.backupCodes).toHaveLength(1);
    expect(user.securityAnswers).toHaveLength(5);
    expect(journey.session).toMatchObject({ level: "FULL", user: { role: "REPRESENTATIVE" } });
    // Not an applicant: no profile yet, so their pages send them to fill it in.
    expect(await hasRepresentativeProfile(user)).toBe(false);
  });

  it("makes applicants by default; an unfinished account takes the latest choice; an officer's invitation and a finished account keep theirs", async () => {
    const email = uniqueEmail("choice");
    await startSignUp({ email, confirmEmail: email }, { ...info, ip: null });
    expect((await db().user.findUniqueOrThrow({ where: { email } })).role).toBe("APPLICANT");
    await startSignUp({ email, confirmEmail: email, accountType: "REPRESENTATIVE" }, { ...info, ip: null });
    expect((await db().user.findUniqueOrThrow({ where: { email } })).role).toBe("REPRESENTATIVE");

    const invited = await createUser("PASSWORD");
    await db().user.update({ where: { id: invited.id }, data: { role: "OFFICER" } });
    await startSignUp({ email: invited.email, confirmEmail: invited.email, accountType: "REPRESENTATIVE" }, { ...info, ip: null });
    expect((await db().user.findUniqueOrThrow({ where: { id: invited.id } })).role).toBe("OFFICER");

    const finished = await createUser("COMPLETE");
    const answer = await startSignUp(
      { email: finished.email, confirmEmail: finished.email, accountType: "REPRESENTATIVE" },
      { ...info, ip: null },
    );
    expect(answer).toEqual({ ok: true, email: finished.email });
    expect((await db().user.findUniqueOrThrow({ where: { id: finished.id } })).role).toBe("APPLICANT");
  });
});

describe("the representative profile", () => {
  it("is saved with one spelling of each value, and read back", async () => {
    const rep = await withProfile();
    expect(await hasRepresentativeProfile(rep.actor)).toBe(true);
    expect(await representativeProfileOf(rep.actor)).toMatchObject({
      kind: "ATTORNEY",
      fullName: "Dana Whitfield",
      postalCode: "01103",
      phone: "+14135550142",
      barAdmissions: [{ jurisdiction: "Massachusetts", barNumber: "BBO 654321", goodStanding: true }],
      recognitionNumber: null,
      verifiedAt: null,
    });
    expect(await db().securityEvent.count({ where: { userId: rep.user.id, kind: "representative_profile.saved" } })).toBe(1);
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const rep = await representative();
    const before = await counts();
    const result = await submit(
      zRepresentativeProfileForm(ZONE),
      { ...FORM, barGoodStanding1: "", postalCode: "ABCDE", kind: "JUDGE" },
      (input) => saveRepresentativeProfile(rep.actor, input, info),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { kind: PROFILE_MESSAGES.kind, postalCode: expect.stringContaining("ZIP") },
    });
    // A refused form shows what was typed again.
    expect(!result.ok && result.values).toMatchObject({ fullName: "Dana Whitfield", postalCode: "ABCDE" });
    const attorney = await submit(zRepresentativeProfileForm(ZONE), { ...FORM, barGoodStanding1: "" }, (input) =>
      saveRepresentativeProfile(rep.actor, input, info),
    );
    expect(attorney).toMatchObject({ ok: false, fieldErrors: { barGoodStanding1: PROFILE_MESSAGES.goodStanding(1) } });
    expect(await counts()).toEqual(before);
  });

  it("is only a representative's: an applicant or an officer is refused and nothing is written", async () => {
    const applicant = await createUser("COMPLETE");
    const { user: agent } = await officer();
    const before = await counts();
    for (const actor of [
      { id: applicant.id, role: "APPLICANT" as const },
      { id: agent.id, role: "OFFICER" as const },
    ]) {
      expect(await saveRepresentativeProfile(actor, await parsed(), info)).toMatchObject({ ok: false, code: "not_allowed" });
    }
    expect(await counts()).toEqual(before);
  });

  it("keeps the verification when the address or phone changes, and takes it away when what was verified changes", async () => {
    const rep = await withProfile();
    const { session: officerSession } = await officer();
    expect(await markRepresentativeVerified(officerSession, { accountNumber: await accountNumber(rep.user.id) })).toMatchObject({
      ok: true,
    });

    const moved = await saveRepresentativeProfile(
      rep.actor,
      await parsed({ ...FORM, addressLine1: "200 Other Street", phone: "(413) 555-0199" }),
      info,
    );
    expect(moved).toEqual({ ok: true, created: false, verificationCleared: false });
    expect((await representativeProfileOf(rep.actor))?.verifiedAt).toBeInstanceOf(Date);

    const newBar = await saveRepresentativeProfile(rep.actor, await parsed({ ...FORM, barNumber1: "BBO 111111" }), info);
    expect(newBar).toEqual({ ok: true, created: false, verificationCleared: true });
    const after = await db().representativeProfile.findUniqueOrThrow({ where: { userId: rep.user.id } });
    expect(after).toMatchObject({ verifiedAt: null, verifiedById: null, addressLine1: "100 Example Street" });
  });

  it("switches from attorney to accredited representative, dropping the bar admissions", async () => {
    const rep = await withProfile();
    const result = await saveRepresentativeProfile(
      rep.actor,
      await parsed({
        ...FORM,
        kind: "ACCREDITED_REPRESENTATIVE",
        organization: "Springfield Immigrant Services",
        recognitionNumber: "R-2024-0113",
        "accreditationExpiresOn-day": "30",
        "accreditationExpiresOn-month": "6",
        "accreditationExpiresOn-year": String(new Date().getUTCFullYear() + 2),
      }),
      info,
    );
    expect(result).toMatchObject({ ok: true, created: false });
    expect(await representativeProfileOf(rep.actor)).toMatchObject({
      kind: "ACCREDITED_REPRESENTATIVE",
      barAdmissions: [],
      recognitionNumber: "R-2024-0113",
      accreditationExpiresOn: `${new Date().getUTCFullYear() + 2}-06-30`,
    });
  });
});

describe("officers and representatives", () => {
  it("an officer marks a representative verified, audited, once; the representative's history says so", async () => {
    const rep = await withProfile();
    const { user: agent, session } = await officer();
    const number = await accountNumber(rep.user.id);
    expect(await markRepresentativeVerified(session, { accountNumber: number.replace(/(\d{4})/g, "$1 ") })).toEqual({
      ok: true,
      accountNumber: number,
    });
    const profile = await db().representativeProfile.findUniqueOrThrow({ where: { userId: rep.user.id } });
    expect(profile.verifiedById).toBe(agent.id);
    expect(profile.verifiedAt).toBeInstanceOf(Date);
    const audit = await db().auditLog.findMany({ where: { action: "representative.verified" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorKind: "OFFICER", actorId: agent.id, caseId: null, detail: { representative: rep.user.email } });
    expect(await db().securityEvent.count({ where: { userId: rep.user.id, kind: "representative.verified", ip: null } })).toBe(1);

    // A second click changes nothing and writes nothing.
    const before = await counts();
    const again = await markRepresentativeVerified(session, { accountNumber: number });
    expect(again).toMatchObject({ ok: false, message: VERIFY_MESSAGES.alreadyVerified });
    // Worded in the catalogs, so an officer reading the console in Spanish reads it in Spanish.
    expect(readerFor("es", "UTC").text((again as { message: string }).message)).toBe(
      "Los datos de este representante ya estaban verificados.",
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses anyone but an officer, an applicant's account, a representative without a profile, and nonsense, writing nothing", async () => {
    const rep = await withProfile();
    const bare = await representative();
    const applicant = await createUser("COMPLETE");
    const { session } = await officer();
    const number = await accountNumber(rep.user.id);
    const before = await counts();
    for (const who of [rep.session, await fullSession(applicant.id)]) {
      expect(await markRepresentativeVerified(who, { accountNumber: number })).toMatchObject({ ok: false, code: "not_found" });
      expect(await representativeForOfficer(who, number)).toBeNull();
      expect(await findRepresentatives(who, rep.user.email)).toMatchObject({ ok: false });
    }
    expect(await markRepresentativeVerified(session, { accountNumber: await accountNumber(applicant.id) })).toMatchObject({
      code: "not_found",
    });
    expect(await markRepresentativeVerified(session, { accountNumber: "12" })).toMatchObject({ code: "not_found" });
    expect(await markRepresentativeVerified(session, { accountNumber: await accountNumber(bare.user.id) })).toMatchObject({
      code: "not_ready",
      message: VERIFY_MESSAGES.noProfile,
    });
    expect(await representativeForOfficer(session, await accountNumber(applicant.id))).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("lists representatives only, found by email, name, organization or account number; a look at one is audited", async () => {
    const rep = await withProfile();
    const other = await withProfile({ ...FORM, fullName: "Lee Park", organization: "Park & Partners", barNumber1: "NY 1" });
    const applicant = await createUser("COMPLETE");
    const { session } = await officer();
    const emails = async (query?: string) => {
      const found = await findRepresentatives(session, query);
      if (!found.ok) throw new Error(found.message);
      return found.representatives.map((r) => r.email).sort();
    };
    expect(await emails()).toEqual([rep.user.email, other.user.email].sort());
    expect(await emails(applicant.email)).toEqual([]);
    expect(await emails(rep.user.email.toUpperCase())).toEqual([rep.user.email]);
    expect(await emails("lee")).toEqual([other.user.email]);
    expect(await emails("partners")).toEqual([other.user.email]);
    const number = await accountNumber(rep.user.id);
    expect(await emails(`${number.slice(0, 4)} ${number.slice(4, 8)}-${number.slice(8)}`)).toEqual([rep.user.email]);
    expect(await findRepresentatives(session, "x".repeat(201))).toMatchObject({
      ok: false,
      message: msg("agency.reps.queryTooLong", { max: 200 }),
    });
    // A NUL or another control character (from an address typed by hand) is a space, not a database error.
    expect(await emails("lee\u0000")).toEqual([other.user.email]);
    expect(await emails("lee\u0000park")).toEqual([other.user.email]);
    expect(await emails("\u0000")).toEqual([rep.user.email, other.user.email].sort());

    const record = await representativeForOfficer(session, number);
    expect(record).toMatchObject({
      email: rep.user.email,
      signUpComplete: true,
      profile: { fullName: "Dana Whitfield", verifiedAt: null },
    });
    expect(await db().auditLog.count({ where: { action: "representative.viewed" } })).toBe(1);
  });
});

describe("linking a paper-filed case", () => {
  it("is refused to a representative even with the right receipt number and code, and nothing changes", async () => {
    const rep = await withProfile();
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    const result = await linkPaperCase(rep.actor, { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode }, info);
    expect(result).toMatchObject({ ok: false, code: "not_allowed", message: ONLY_APPLICANTS_LINK });
    const row = await db().case.findUniqueOrThrow({ where: { id: paper.id } });
    expect(row).toMatchObject({ ownerId: null, accessCodeUsedAt: null });
    // The applicant still can.
    const applicant = await createUser("COMPLETE");
    expect(await linkPaperCase(applicant, { receiptNumber: paper.receiptNumber, accessCode: paper.accessCode }, info)).toMatchObject({
      ok: true,
    });
  });
});
