/** Forms commonly seen on applicant accounts (number → name). */
export const FORMS: Record<string, string> = {
  "I-90": "Application to Replace Permanent Resident Card",
  "I-130": "Petition for Alien Relative",
  "I-131": "Application for Travel Document",
  "I-485": "Application to Register Permanent Residence or Adjust Status",
  "I-539": "Application to Extend/Change Nonimmigrant Status",
  "I-765": "Application for Employment Authorization",
  "I-821D": "Consideration of Deferred Action for Childhood Arrivals",
  "N-400": "Application for Naturalization",
  "G-28": "Notice of Entry of Appearance as Attorney",
};

export function formName(formType: string): string {
  return Object.hasOwn(FORMS, formType) ? FORMS[formType] : "Immigration form";
}
