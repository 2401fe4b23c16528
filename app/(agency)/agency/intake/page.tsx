import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { IntakeForm } from "./intake-form";
import { INTAKE_OFFICES } from "@/lib/agency/console/intake";
import { FORM_TYPES, formName } from "@/lib/cases/forms";
import { OFFICES } from "@/lib/cases/receipt-number";
import { getReader, getT } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("agency.intake.title") };
}

export default async function IntakePage() {
  await officerContext();
  const { t, text } = await getReader();
  const forms = FORM_TYPES.map((value) => ({ value, label: `${value}: ${text(formName(value))}` }));
  const offices = INTAKE_OFFICES.map((code) => ({ value: code, label: `${code}: ${text(OFFICES[code])}` }));
  return (
    <>
      <h1>{t("agency.intake.title")}</h1>
      <p className="max-w-prose">{t("agency.intake.intro")}</p>
      <IntakeForm forms={forms} offices={offices} />
    </>
  );
}
