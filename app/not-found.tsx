import Link from "next/link";
import { getReader } from "@/lib/i18n/request";

export default async function NotFound() {
  const { t } = await getReader();
  return (
    <>
      <h1>{t("systemPages.notFound.title")}</h1>
      <p>{t.rich("systemPages.notFound.text", { link: (chunks) => <Link href="/">{chunks}</Link> })}</p>
    </>
  );
}
