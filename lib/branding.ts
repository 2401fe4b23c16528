import { env } from "./env";

/** The configurable agency name shown across the portal (never an official seal or banner). */
export function agencyName(): string {
  return env().AGENCY_NAME;
}
