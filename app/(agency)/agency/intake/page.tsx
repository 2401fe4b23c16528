import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { IntakeForm } from "./intake-form";
import { INTAKE_OFFICES } from "@/lib/agency/console/intake";
import { FORMS } from "@/lib/cases/forms";
import { OFFICES } from "@/lib/cases/receipt-number";

export const metadata: Metadata = { title: "Take in a paper case" };

export default async function IntakePage() {
  await officerContext();
  const forms = Object.entries(FORMS).map(([value, name]) => ({ value, label: `${value}: ${name}` }));
  const offices = INTAKE_OFFICES.map((code) => ({ value: code, label: `${code}: ${OFFICES[code]}` }));
  return (
    <>
      <h1>Take in a paper case</h1>
      <p className="max-w-prose">
        Creates the case with a receipt number and an Online Access Code for the applicant, who uses it to add the case to their account.
        The code is shown only once, here: print or download the Account Access Notice before you leave this page.
      </p>
      <IntakeForm forms={forms} offices={offices} />
    </>
  );
}
