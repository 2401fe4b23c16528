import type { WithdrawnRepresentation } from "@/lib/representation/represented-case";

// The representative's pages' own words, in one place.

export const ENDED_BY_TEXT: Record<NonNullable<WithdrawnRepresentation["endedBy"]>, string> = {
  CLIENT: "Your client",
  REPRESENTATIVE: "You (withdrawn)",
  OFFICER: "An officer (G-28 removed)",
};
