// A complete I-765 that pays a fee, for the payment tests (integration and browser).
import type { Answers } from "@/lib/filing/definition";

/** (c)(9) with the I-485 filed after April 1, 2024: the reduced $260 fee. Every required answer. */
export function i765Answers(overrides: Record<string, string> = {}): Answers {
  return {
    reason: "initial",
    familyName: "Diaz",
    givenName: "Ana",
    otherNamesUsed: "no",
    mailingStreet: "1 Main St",
    mailingCity: "Springfield",
    mailingState: "IL",
    mailingZip: "62701",
    mailingIsPhysical: "yes",
    sex: "female",
    maritalStatus: "single",
    dateOfBirth: "1990-03-04",
    birthCity: "Lima",
    birthCountry: "PE",
    citizenship1: "PE",
    ssnIssued: "no",
    wantsSsnCard: "no",
    lastArrivalDate: "2020-05-06",
    lastArrivalPlace: "Miami, Florida",
    statusAtArrival: "B-2 visitor",
    currentStatus: "Pending adjustment",
    passportNumber: "P1234567",
    passportCountry: "PE",
    passportExpires: "2030-01-01",
    category: "c9",
    i485ReceiptNumber: "IOE0912345678",
    i485FiledOn: "2025-06-01",
    daytimePhone: "+12025550143",
    applicantStatement: "english",
    usedPreparer: "no",
    ...overrides,
  };
}

/** The documents those answers require. */
export const I765_DOCUMENTS = ["photo", "identity", "evidence-i485"];
