// The representative profile form's field names and limits, shared by the form in the browser and
// its checks on the server (profile-schema.ts). Kept apart so the form's JavaScript does not carry
// the checks and what they import (zod, the contact checks, the date parser).

export const REPRESENTATIVE_KINDS = ["ATTORNEY", "ACCREDITED_REPRESENTATIVE"] as const;
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number];

/** How many bar admissions the form takes. */
export const MAX_BAR_ADMISSIONS = 5;

export const barField = (part: "Jurisdiction" | "Number" | "GoodStanding", row: number) => `bar${part}${row}`;
export const EXPIRY_FIELD = "accreditationExpiresOn";
