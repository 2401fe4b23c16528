import { z } from "zod";
import { zContactForm } from "../account/contact-schema";
import { zField } from "../actions/form-input";
import { dateIn } from "../i18n/calendar-days";
import { msg } from "../i18n/message-ref";
import { isoDay, parseDateParts, type DateParts } from "../filing/engine/formats";
import { barField, EXPIRY_FIELD, MAX_BAR_ADMISSIONS, REPRESENTATIVE_KINDS, type RepresentativeKind } from "./profile-fields";

export type { RepresentativeKind } from "./profile-fields";

// The representative profile form: who they are, where to reach them, and what lets them represent
// people (an attorney's bar admissions, or an accredited representative's recognition and
// accreditation). Every field arrives as text; parseProfileFields checks them all at once so the
// error summary lists every problem, and gives back one spelling of each value to store.

export const PROFILE_MAX = { fullName: 100, organization: 120, jurisdiction: 100, barNumber: 30, recognitionNumber: 40 } as const;

export type BarAdmission = { jurisdiction: string; barNumber: string; goodStanding: true };

export type RepresentativeProfileInput = {
  kind: RepresentativeKind;
  fullName: string;
  organization: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  postalCode: string;
  /** E.164. */
  phone: string;
  barAdmissions: BarAdmission[];
  recognitionNumber: string | null;
  /** YYYY-MM-DD. */
  accreditationExpiresOn: string | null;
};

// msg() references: the action chain words them in the reader's language.
export const PROFILE_MESSAGES = {
  kind: msg("representative.profile.errors.kind"),
  fullName: msg("representative.profile.errors.fullName"),
  fullNameTooLong: msg("representative.profile.errors.fullNameTooLong", { max: PROFILE_MAX.fullName }),
  fullNameCharacters: msg("representative.profile.errors.fullNameCharacters"),
  organization: msg("representative.profile.errors.organization"),
  organizationTooLong: msg("representative.profile.errors.organizationTooLong", { max: PROFILE_MAX.organization }),
  organizationCharacters: msg("representative.profile.errors.organizationCharacters"),
  noBarAdmission: msg("representative.profile.errors.noBarAdmission"),
  jurisdiction: (row: number) => msg("representative.profile.errors.jurisdiction", { row }),
  jurisdictionCharacters: msg("representative.profile.errors.jurisdictionCharacters"),
  barNumber: (row: number) => msg("representative.profile.errors.barNumber", { row }),
  barNumberFormat: (row: number) => msg("representative.profile.errors.barNumberFormat", { row }),
  barNumberTooLong: (row: number) => msg("representative.profile.errors.barNumberTooLong", { row, max: PROFILE_MAX.barNumber }),
  jurisdictionTooLong: (row: number) => msg("representative.profile.errors.jurisdictionTooLong", { row, max: PROFILE_MAX.jurisdiction }),
  goodStanding: (row: number) => msg("representative.profile.errors.goodStanding", { row }),
  duplicateAdmission: (row: number) => msg("representative.profile.errors.duplicateAdmission", { row }),
  recognitionNumber: msg("representative.profile.errors.recognitionNumber"),
  recognitionNumberFormat: msg("representative.profile.errors.recognitionNumberFormat", { max: PROFILE_MAX.recognitionNumber }),
  expiry: msg("representative.profile.errors.expiry"),
  expired: msg("representative.profile.errors.expired"),
  checkField: msg("representative.profile.errors.checkField"),
} as const;

const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;
const BAR_NUMBER = /^[A-Z0-9][A-Z0-9 ./-]*$/;
const RECOGNITION_NUMBER = /^[A-Z0-9][A-Z0-9-]*$/;

type Issue = { field: string; message: string };
export type ProfileParse = { ok: true; value: RepresentativeProfileInput } | { ok: false; issues: Issue[] };

function text(fields: Record<string, string>, name: string): string {
  return (fields[name] ?? "").trim().replace(/\s+/g, " ");
}

type TextRule = { max: number; missing: string; tooLong: string; characters: string };

function requiredText(fields: Record<string, string>, name: string, rule: TextRule, issues: Issue[]): string {
  const value = text(fields, name);
  if (!value) issues.push({ field: name, message: rule.missing });
  else if (value.length > rule.max) issues.push({ field: name, message: rule.tooLong });
  else if (!NO_CONTROL_CHARACTERS.test(value)) issues.push({ field: name, message: rule.characters });
  return value;
}

/** The address and phone fields, with the contact form's own rules and normalisation (ZIP, E.164). */
function contactPart<K extends "addressLine1" | "addressLine2" | "city" | "state" | "postalCode" | "contactPhone">(
  key: K,
  field: string,
  value: string,
  issues: Issue[],
): z.output<(typeof zContactForm.shape)[K]> | undefined {
  const parsed = zContactForm.shape[key].safeParse(value);
  if (parsed.success) return parsed.data as z.output<(typeof zContactForm.shape)[K]>;
  issues.push({ field, message: parsed.error.issues[0]?.message ?? PROFILE_MESSAGES.checkField });
  return undefined;
}

function barAdmissions(fields: Record<string, string>, issues: Issue[]): BarAdmission[] {
  const admissions: BarAdmission[] = [];
  const seen = new Set<string>();
  for (let row = 1; row <= MAX_BAR_ADMISSIONS; row++) {
    const jurisdiction = text(fields, barField("Jurisdiction", row));
    const barNumber = text(fields, barField("Number", row)).toUpperCase();
    const goodStanding = fields[barField("GoodStanding", row)] === "yes";
    // The first row is always asked for; a later one only when something was entered in it.
    if (row > 1 && !jurisdiction && !barNumber && !goodStanding) continue;
    const before = issues.length;
    if (!jurisdiction) issues.push({ field: barField("Jurisdiction", row), message: PROFILE_MESSAGES.jurisdiction(row) });
    else if (jurisdiction.length > PROFILE_MAX.jurisdiction)
      issues.push({ field: barField("Jurisdiction", row), message: PROFILE_MESSAGES.jurisdictionTooLong(row) });
    else if (!NO_CONTROL_CHARACTERS.test(jurisdiction))
      issues.push({ field: barField("Jurisdiction", row), message: PROFILE_MESSAGES.jurisdictionCharacters });
    if (!barNumber) issues.push({ field: barField("Number", row), message: PROFILE_MESSAGES.barNumber(row) });
    else if (barNumber.length > PROFILE_MAX.barNumber)
      issues.push({ field: barField("Number", row), message: PROFILE_MESSAGES.barNumberTooLong(row) });
    else if (!BAR_NUMBER.test(barNumber)) issues.push({ field: barField("Number", row), message: PROFILE_MESSAGES.barNumberFormat(row) });
    if (!goodStanding) issues.push({ field: barField("GoodStanding", row), message: PROFILE_MESSAGES.goodStanding(row) });
    if (issues.length > before) continue;
    const key = `${jurisdiction.toLowerCase()}|${barNumber}`;
    if (seen.has(key)) {
      issues.push({ field: barField("Jurisdiction", row), message: PROFILE_MESSAGES.duplicateAdmission(row) });
      continue;
    }
    seen.add(key);
    admissions.push({ jurisdiction, barNumber, goodStanding: true });
  }
  return admissions;
}

/**
 * Checks every field of the form (as text) and gives back the profile to store, or every problem.
 * An accreditation expiring today is still good until the day ends in the representative's time zone.
 */
export function parseProfileFields(fields: Record<string, string>, now: Date, timeZone: string): ProfileParse {
  const issues: Issue[] = [];
  const kindText = text(fields, "kind");
  const kind = (REPRESENTATIVE_KINDS as readonly string[]).includes(kindText) ? (kindText as RepresentativeKind) : null;
  if (!kind) issues.push({ field: "kind", message: PROFILE_MESSAGES.kind });
  const fullName = requiredText(
    fields,
    "fullName",
    {
      max: PROFILE_MAX.fullName,
      missing: PROFILE_MESSAGES.fullName,
      tooLong: PROFILE_MESSAGES.fullNameTooLong,
      characters: PROFILE_MESSAGES.fullNameCharacters,
    },
    issues,
  );
  const organization = requiredText(
    fields,
    "organization",
    {
      max: PROFILE_MAX.organization,
      missing: PROFILE_MESSAGES.organization,
      tooLong: PROFILE_MESSAGES.organizationTooLong,
      characters: PROFILE_MESSAGES.organizationCharacters,
    },
    issues,
  );
  const addressLine1 = contactPart("addressLine1", "addressLine1", fields.addressLine1 ?? "", issues);
  const addressLine2 = contactPart("addressLine2", "addressLine2", fields.addressLine2 ?? "", issues);
  const city = contactPart("city", "city", fields.city ?? "", issues);
  const state = contactPart("state", "state", fields.state ?? "", issues);
  const postalCode = contactPart("postalCode", "postalCode", fields.postalCode ?? "", issues);
  const phone = contactPart("contactPhone", "phone", fields.phone ?? "", issues);

  let admissions: BarAdmission[] = [];
  let recognitionNumber: string | null = null;
  let accreditationExpiresOn: string | null = null;
  if (kind === "ATTORNEY") {
    admissions = barAdmissions(fields, issues);
  } else if (kind === "ACCREDITED_REPRESENTATIVE") {
    recognitionNumber = text(fields, "recognitionNumber").toUpperCase().replace(/ /g, "");
    if (!recognitionNumber) issues.push({ field: "recognitionNumber", message: PROFILE_MESSAGES.recognitionNumber });
    else if (recognitionNumber.length > PROFILE_MAX.recognitionNumber || !RECOGNITION_NUMBER.test(recognitionNumber))
      issues.push({ field: "recognitionNumber", message: PROFILE_MESSAGES.recognitionNumberFormat });
    const parts: DateParts = {
      day: fields[`${EXPIRY_FIELD}-day`] ?? "",
      month: fields[`${EXPIRY_FIELD}-month`] ?? "",
      year: fields[`${EXPIRY_FIELD}-year`] ?? "",
    };
    const date = parseDateParts(parts, msg("representative.profile.accreditation.expiry"));
    if (!date.ok) issues.push({ field: EXPIRY_FIELD, message: date.message });
    else if (!date.value) issues.push({ field: EXPIRY_FIELD, message: PROFILE_MESSAGES.expiry });
    else if (date.value < isoDay(new Date(dateIn(now, timeZone)))) issues.push({ field: EXPIRY_FIELD, message: PROFILE_MESSAGES.expired });
    else accreditationExpiresOn = date.value;
  }

  if (issues.length > 0 || !kind) return { ok: false, issues };
  return {
    ok: true,
    value: {
      kind,
      fullName,
      organization,
      addressLine1: addressLine1!,
      addressLine2: addressLine2 || null,
      city: city!,
      state: state!,
      postalCode: postalCode!,
      phone: phone!,
      barAdmissions: admissions,
      recognitionNumber,
      accreditationExpiresOn,
    },
  };
}

/** The form as an action's schema, for a representative in `timeZone`: every field as text, then parseProfileFields. */
export function zRepresentativeProfileForm(timeZone: string) {
  return z.record(z.string(), zField()).transform((fields, ctx): RepresentativeProfileInput => {
    const parsed = parseProfileFields(fields, new Date(), timeZone);
    if (parsed.ok) return parsed.value;
    for (const issue of parsed.issues) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
    return z.NEVER;
  });
}

/** A stored profile (or none) as the form's fields, to fill the form for editing. */
export function profileFormValues(
  profile: RepresentativeProfileInput | null,
  formatPhone: (e164: string) => string,
): Record<string, string> {
  if (!profile) return {};
  const values: Record<string, string> = {
    kind: profile.kind,
    fullName: profile.fullName,
    organization: profile.organization,
    addressLine1: profile.addressLine1,
    addressLine2: profile.addressLine2 ?? "",
    city: profile.city,
    state: profile.state,
    postalCode: profile.postalCode,
    phone: formatPhone(profile.phone),
    recognitionNumber: profile.recognitionNumber ?? "",
  };
  profile.barAdmissions.forEach((admission, index) => {
    values[barField("Jurisdiction", index + 1)] = admission.jurisdiction;
    values[barField("Number", index + 1)] = admission.barNumber;
    values[barField("GoodStanding", index + 1)] = "yes";
  });
  const expiry = /^(\d{4})-(\d{2})-(\d{2})$/.exec(profile.accreditationExpiresOn ?? "");
  if (expiry) {
    values[`${EXPIRY_FIELD}-day`] = String(Number(expiry[3]));
    values[`${EXPIRY_FIELD}-month`] = String(Number(expiry[2]));
    values[`${EXPIRY_FIELD}-year`] = expiry[1];
  }
  return values;
}
