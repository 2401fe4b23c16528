import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { parseProfileFields, PROFILE_MESSAGES, profileFormValues } from "./profile-schema";

const TODAY = new Date("2026-12-02T12:00:00Z");
const ZONE = "America/New_York";

const common = {
  fullName: "  Dana   Whitfield ",
  organization: "Whitfield Immigration Law",
  addressLine1: "100 Example Street",
  addressLine2: "",
  city: "Springfield",
  state: "MA",
  postalCode: "011031234",
  phone: "(413) 555-0142",
};
const attorney = { ...common, kind: "ATTORNEY", barJurisdiction1: "Massachusetts", barNumber1: " bbo  654321 ", barGoodStanding1: "yes" };
const accredited = {
  ...common,
  kind: "ACCREDITED_REPRESENTATIVE",
  recognitionNumber: "r-1234 5",
  "accreditationExpiresOn-day": "30",
  "accreditationExpiresOn-month": "6",
  "accreditationExpiresOn-year": "2028",
};

function issuesOf(fields: Record<string, string>): Record<string, string> {
  const parsed = parseProfileFields(fields, TODAY, ZONE);
  if (parsed.ok) return {};
  return Object.fromEntries(parsed.issues.map((issue) => [issue.field, issue.message]));
}

/** The refusals as an English reader reads them (they are msg() references). */
function inEnglish(issues: Record<string, string>): Record<string, string> {
  const english = readerFor("en", "UTC");
  return Object.fromEntries(Object.entries(issues).map(([field, message]) => [field, english.text(message)]));
}

describe("parseProfileFields", () => {
  it("normalises an attorney's profile: spaces, ZIP+4, E.164 phone, bar number in capitals", () => {
    const parsed = parseProfileFields(attorney, TODAY, ZONE);
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: "ATTORNEY",
        fullName: "Dana Whitfield",
        organization: "Whitfield Immigration Law",
        addressLine1: "100 Example Street",
        addressLine2: null,
        city: "Springfield",
        state: "MA",
        postalCode: "01103-1234",
        phone: "+14135550142",
        barAdmissions: [{ jurisdiction: "Massachusetts", barNumber: "BBO 654321", goodStanding: true }],
        recognitionNumber: null,
        accreditationExpiresOn: null,
      },
    });
  });

  it("keeps an accredited representative's recognition number and expiry, and no bar admissions", () => {
    const parsed = parseProfileFields({ ...accredited, barJurisdiction1: "Ignored", barNumber1: "1" }, TODAY, ZONE);
    expect(parsed.ok && parsed.value).toMatchObject({
      kind: "ACCREDITED_REPRESENTATIVE",
      barAdmissions: [],
      recognitionNumber: "R-12345",
      accreditationExpiresOn: "2028-06-30",
    });
  });

  it("lists every problem at once, with a message per field", () => {
    expect(inEnglish(issuesOf({}))).toEqual(
      inEnglish({
        kind: PROFILE_MESSAGES.kind,
        fullName: PROFILE_MESSAGES.fullName,
        organization: PROFILE_MESSAGES.organization,
        addressLine1: "Enter your street address.",
        city: "Enter your city or town.",
        state: "Select your state or territory.",
        postalCode: "Enter your ZIP code.",
        phone: "Enter a U.S. phone number.",
      }),
    );
    expect(inEnglish(issuesOf({ ...attorney, postalCode: "1234", phone: "12" }))).toMatchObject({
      postalCode: "Enter a 5-digit ZIP code like 20500, or 9 digits like 20500-0003.",
      phone: expect.stringContaining("10-digit"),
    });
  });

  it("needs a bar admission in good standing from an attorney, checks each row, and refuses duplicates", () => {
    expect(issuesOf({ ...attorney, barJurisdiction1: "", barNumber1: "", barGoodStanding1: "" })).toEqual({
      barJurisdiction1: PROFILE_MESSAGES.jurisdiction(1),
      barNumber1: PROFILE_MESSAGES.barNumber(1),
      barGoodStanding1: PROFILE_MESSAGES.goodStanding(1),
    });
    expect(issuesOf({ ...attorney, barGoodStanding1: "" })).toEqual({ barGoodStanding1: PROFILE_MESSAGES.goodStanding(1) });
    expect(issuesOf({ ...attorney, barNumber1: "12<script>" })).toEqual({ barNumber1: PROFILE_MESSAGES.barNumberFormat(1) });
    // An empty later row is ignored; a half-filled one is not.
    expect(issuesOf({ ...attorney, barJurisdiction2: "", barNumber2: "" })).toEqual({});
    expect(issuesOf({ ...attorney, barNumber3: "77" })).toEqual({
      barJurisdiction3: PROFILE_MESSAGES.jurisdiction(3),
      barGoodStanding3: PROFILE_MESSAGES.goodStanding(3),
    });
    expect(issuesOf({ ...attorney, barJurisdiction2: "massachusetts", barNumber2: "BBO 654321", barGoodStanding2: "yes" })).toEqual({
      barJurisdiction2: PROFILE_MESSAGES.duplicateAdmission(2),
    });
    const two = parseProfileFields(
      { ...attorney, barJurisdiction2: "New York", barNumber2: "4455667", barGoodStanding2: "yes" },
      TODAY,
      ZONE,
    );
    expect(two.ok && two.value.barAdmissions.map((b) => b.jurisdiction)).toEqual(["Massachusetts", "New York"]);
  });

  it("needs the recognition number and a real, unexpired accreditation date", () => {
    expect(issuesOf({ ...accredited, recognitionNumber: "" })).toEqual({ recognitionNumber: PROFILE_MESSAGES.recognitionNumber });
    expect(issuesOf({ ...accredited, recognitionNumber: "R/1" })).toEqual({ recognitionNumber: PROFILE_MESSAGES.recognitionNumberFormat });
    expect(
      issuesOf({ ...accredited, "accreditationExpiresOn-day": "", "accreditationExpiresOn-month": "", "accreditationExpiresOn-year": "" }),
    ).toEqual({ accreditationExpiresOn: PROFILE_MESSAGES.expiry });
    expect(issuesOf({ ...accredited, "accreditationExpiresOn-day": "31", "accreditationExpiresOn-month": "2" })).toEqual({
      accreditationExpiresOn: expect.any(String),
    });
    expect(inEnglish(issuesOf({ ...accredited, "accreditationExpiresOn-day": "31", "accreditationExpiresOn-month": "2" }))).toEqual({
      accreditationExpiresOn: expect.stringContaining("real date"),
    });
    expect(issuesOf({ ...accredited, "accreditationExpiresOn-year": "2025" })).toEqual({
      accreditationExpiresOn: PROFILE_MESSAGES.expired,
    });
  });

  it("words a date's refusal with the field's own label, in the reader's language", () => {
    const issues = issuesOf({ ...accredited, "accreditationExpiresOn-day": "31", "accreditationExpiresOn-month": "2" });
    expect(readerFor("es", ZONE).text(issues.accreditationExpiresOn)).toBe(
      'La fecha para "Fecha en que vence su acreditación" debe ser una fecha real, por ejemplo 27 3 2007.',
    );
    expect(inEnglish(issues).accreditationExpiresOn).toContain('"Date your accreditation expires"');
  });

  it("takes an accreditation expiring today until the day ends in the representative's time zone", () => {
    // 8:30 PM on 2 December in New York: already 3 December by UTC.
    const evening = new Date("2026-12-03T01:30:00Z");
    const expires = (day: string) => ({
      ...accredited,
      "accreditationExpiresOn-day": day,
      "accreditationExpiresOn-month": "12",
      "accreditationExpiresOn-year": "2026",
    });
    const parsed = parseProfileFields(expires("2"), evening, ZONE);
    expect(parsed.ok && parsed.value.accreditationExpiresOn).toBe("2026-12-02");
    expect(parseProfileFields(expires("1"), evening, ZONE)).toMatchObject({
      ok: false,
      issues: [{ field: "accreditationExpiresOn", message: PROFILE_MESSAGES.expired }],
    });
    // Where it is already 3 December, the 2nd has passed.
    expect(parseProfileFields(expires("2"), evening, "Europe/Madrid")).toMatchObject({
      ok: false,
      issues: [{ message: PROFILE_MESSAGES.expired }],
    });
  });

  it("refuses over-long text and control characters", () => {
    expect(inEnglish(issuesOf({ ...attorney, fullName: "x".repeat(101) }))).toEqual({
      fullName: "Your full name must be 100 characters or fewer.",
    });
    expect(issuesOf({ ...attorney, organization: "Firm\u0000" })).toEqual({ organization: PROFILE_MESSAGES.organizationCharacters });
    expect(inEnglish(issuesOf({ ...attorney, organization: "Firm\u0000" }))).toEqual({
      organization: "Your firm or organization name can only contain letters, numbers, spaces and punctuation.",
    });
  });

  it("words its refusals in the reader's language", () => {
    const spanish = readerFor("es", "America/New_York");
    const issues = issuesOf({ ...attorney, barNumber1: "", barGoodStanding1: "" });
    expect(spanish.text(issues.barNumber1)).toBe("Ingrese su número de colegiatura de la admisión al colegio de abogados 1.");
    expect(inEnglish(issues)).toEqual({
      barNumber1: "Enter your bar number for bar admission 1.",
      barGoodStanding1:
        "Confirm that you are a member in good standing of bar admission 1. Only attorneys in good standing can represent people here.",
    });
  });
});

describe("profileFormValues", () => {
  it("gives back the form's fields for a stored profile, which parse to the same profile", () => {
    const parsed = parseProfileFields({ ...accredited }, TODAY, ZONE);
    if (!parsed.ok) throw new Error("expected a profile");
    const values = profileFormValues(parsed.value, () => "(413) 555-0142");
    expect(parseProfileFields(values, TODAY, ZONE)).toEqual(parsed);
    const lawyer = parseProfileFields(attorney, TODAY, ZONE);
    if (!lawyer.ok) throw new Error("expected a profile");
    expect(
      parseProfileFields(
        profileFormValues(lawyer.value, () => "(413) 555-0142"),
        TODAY,
        ZONE,
      ),
    ).toEqual(lawyer);
  });
});
