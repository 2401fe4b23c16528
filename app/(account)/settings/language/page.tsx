import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { getReader, getT } from "@/lib/i18n/request";
import { LanguageForm } from "./language-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.language.title") };
}

export default async function LanguagePage() {
  await signedInContext();
  const { t, locale } = await getReader();
  return (
    <>
      <h1>{t("settings.language.title")}</h1>
      <p className="max-w-prose">{t("settings.language.intro")}</p>
      <LanguageForm current={locale} texts={{ legend: t("settings.language.legend"), save: t("settings.language.save") }} />
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
