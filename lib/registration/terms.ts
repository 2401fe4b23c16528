import { agencyName } from "../branding";
import { msg } from "../i18n/message-ref";

// The Terms of Use, worded in the catalogs (signUp.terms.*). Bump TERMS_VERSION whenever the text
// changes in any language; the accepted version is stored.
export const TERMS_VERSION = "2026-11-01";

/** The sections as msg() references: the page shows them in the reader's language. */
export function termsOfUse(): { heading: string; paragraphs: string[] }[] {
  return [
    {
      heading: msg("signUp.terms.aboutHeading"),
      paragraphs: [msg("signUp.terms.aboutIndependent", { agency: agencyName() }), msg("signUp.terms.aboutUse")],
    },
    {
      heading: msg("signUp.terms.accountHeading"),
      paragraphs: [msg("signUp.terms.accountAlone"), msg("signUp.terms.accountAccuracy"), msg("signUp.terms.accountCurrent")],
    },
    {
      heading: msg("signUp.terms.privacyHeading"),
      paragraphs: [msg("signUp.terms.privacyRecords"), msg("signUp.terms.privacyUse")],
    },
    {
      heading: msg("signUp.terms.availabilityHeading"),
      paragraphs: [msg("signUp.terms.availabilityText")],
    },
  ];
}
