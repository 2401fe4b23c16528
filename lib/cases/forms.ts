import { msg } from "../i18n/message-ref";

/** Forms commonly seen on applicant accounts; their names are in the catalogs (cases.formNames). */
export const FORM_TYPES: readonly string[] = ["I-90", "I-130", "I-131", "I-485", "I-539", "I-765", "I-821D", "N-400", "G-28"];

export function isKnownForm(formType: string): boolean {
  return FORM_TYPES.includes(formType);
}

/** The form's name in the reader's language (a msg() reference: read it with the reader's `text`). */
export function formName(formType: string): string {
  return isKnownForm(formType) ? msg(`cases.formNames.${formType}`) : msg("cases.formNames.unknown");
}
