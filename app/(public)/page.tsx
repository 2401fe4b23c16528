import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { agencyName } from "@/lib/branding";
import { getReader } from "@/lib/i18n/request";

export default async function HomePage() {
  const { t } = await getReader();
  return (
    <>
      <h1>{t("landing.title")}</h1>
      <p className="text-lg">{t("landing.intro", { agency: agencyName() })}</p>
      <div className="mb-10 flex flex-wrap gap-4">
        <Link href="/sign-up" className={buttonClass("primary")}>
          {t("landing.createAccount")}
        </Link>
        <Link href="/sign-in" className={buttonClass("outline")}>
          {t("landing.signIn")}
        </Link>
      </div>
      <h2>{t("landing.beforeHeading")}</h2>
      <ul className="list-disc pl-6">
        <li>{t("landing.ownEmail")}</li>
        <li>{t("landing.twoStep")}</li>
        <li>{t("landing.backupCode")}</li>
      </ul>
    </>
  );
}
