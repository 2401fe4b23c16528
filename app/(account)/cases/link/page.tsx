import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/request";
import { LinkCaseForm } from "./link-case-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("cases.link.title") };
}

export default async function LinkCasePage() {
  await applicantContext();
  const t = await getT();
  return (
    <>
      <p>
        <Link href="/dashboard">{t("cases.page.back")}</Link>
      </p>
      <h1>{t("cases.link.title")}</h1>
      <p>{t("cases.link.intro")}</p>
      <ClientMessages namespaces={["cases"]}>
        <LinkCaseForm />
      </ClientMessages>
    </>
  );
}
