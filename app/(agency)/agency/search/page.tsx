import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { getT } from "@/lib/i18n/request";
import { FindCaseForm } from "./find-case-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("agency.search.title") };
}

export default async function FindCasePage() {
  await officerContext();
  const t = await getT();
  return (
    <>
      <h1>{t("agency.search.title")}</h1>
      <FindCaseForm />
    </>
  );
}
