import { env } from "./env";

/** The configurable agency name shown across the portal (never an official seal or banner). */
export function agencyName(): string {
  return env().AGENCY_NAME;
}

/** The portal's name as every page title ends ("Case status | <this>"), in the reader's language. */
export function portalTitle(t: (key: string, values: { agency: string }) => string): string {
  return t("common.meta.portalTitle", { agency: agencyName() });
}

/** A page's whole title, as the root layout's title template writes it. */
export function pageTitle(t: (key: string, values: { agency: string }) => string, title: string): string {
  return `${title} | ${portalTitle(t)}`;
}
