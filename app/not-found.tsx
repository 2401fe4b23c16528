import Link from "next/link";
import { DocumentTitle } from "@/components/ui/document-title";
import { pageTitle } from "@/lib/branding";
import { getReader } from "@/lib/i18n/request";

export default async function NotFound() {
  const { t } = await getReader();
  const title = t("systemPages.notFound.title");
  return (
    <>
      <DocumentTitle title={pageTitle(t, title)} />
      <h1>{title}</h1>
      <p>{t.rich("systemPages.notFound.text", { link: (chunks) => <Link href="/">{chunks}</Link> })}</p>
    </>
  );
}
