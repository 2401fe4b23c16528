import "server-only";
import type { Tx } from "../db";

// The offices where appointments take place. The list is reference data kept here and written to
// the Office table on first use (upsert by code), so every environment, the demo and each test
// database have the same offices without a separate load step.

export type OfficeInfo = {
  code: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  postalCode: string;
  timeZone: string;
};

export const OFFICES = [
  {
    code: "BOS-FO",
    name: "Boston Field Office",
    addressLine1: "15 New Sudbury Street",
    addressLine2: "Room E-160",
    city: "Boston",
    state: "MA",
    postalCode: "02203",
    timeZone: "America/New_York",
  },
  {
    code: "CHI-FO",
    name: "Chicago Field Office",
    addressLine1: "101 West Congress Parkway",
    addressLine2: null,
    city: "Chicago",
    state: "IL",
    postalCode: "60605",
    timeZone: "America/Chicago",
  },
  {
    code: "SPR-ASC",
    name: "Springfield Application Support Center",
    addressLine1: "1 Example Plaza",
    addressLine2: "Suite 200",
    city: "Springfield",
    state: "MA",
    postalCode: "01103",
    timeZone: "America/New_York",
  },
  {
    code: "LAX-ASC",
    name: "Los Angeles Application Support Center",
    addressLine1: "300 North Los Angeles Street",
    addressLine2: null,
    city: "Los Angeles",
    state: "CA",
    postalCode: "90012",
    timeZone: "America/Los_Angeles",
  },
] as const satisfies readonly OfficeInfo[];

export type OfficeCode = (typeof OFFICES)[number]["code"];

export const OFFICE_CODES = OFFICES.map((office) => office.code) as [OfficeCode, ...OfficeCode[]];

export function isOfficeCode(value: unknown): value is OfficeCode {
  return typeof value === "string" && OFFICES.some((office) => office.code === value);
}

export function officeInfo(code: OfficeCode): OfficeInfo {
  return OFFICES.find((office) => office.code === code)!;
}

/** The office's one-line address: "15 New Sudbury Street, Room E-160, Boston, MA 02203". */
export function officeAddress(office: Omit<OfficeInfo, "code" | "name" | "timeZone">): string {
  return [office.addressLine1, office.addressLine2, office.city, `${office.state} ${office.postalCode}`].filter(Boolean).join(", ");
}

/** The office's row id, written from the list above if it is not there yet. */
export async function officeId(tx: Tx, code: OfficeCode): Promise<string> {
  const { code: _code, ...fields } = officeInfo(code);
  const row = await tx.office.upsert({ where: { code }, create: { code, ...fields }, update: {}, select: { id: true } });
  return row.id;
}
