import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { getT } from "@/lib/i18n/request";

/** What an edit page of a submitted filing shows instead of its form: nothing can change now. */
export async function SubmittedNotice({ filingId }: { filingId: string }) {
  const t = await getT();
  return (
    <Alert kind="warning" heading={t("filing.submittedNotice.heading")} testId="already-submitted">
      <p>{t.rich("filing.submittedNotice.body", { link: (chunks) => <Link href={`/file/${filingId}/confirmation`}>{chunks}</Link> })}</p>
    </Alert>
  );
}
