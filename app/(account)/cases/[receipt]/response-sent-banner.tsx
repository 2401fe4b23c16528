import { Alert } from "@/components/ui/alert";
import type { CaseView } from "@/lib/cases/case-for-owner";
import { getReader } from "@/lib/i18n/request";

/** Shown on the case page right after the person sent a response to a request for evidence. */
export async function ResponseSentBanner({ request }: { request: CaseView["answeredEvidenceRequests"][number] }) {
  const { t, format } = await getReader();
  return (
    <Alert kind="success" heading={t("cases.responseSent.heading")} testId="response-sent">
      <p>
        {t("cases.responseSent.body", {
          at: format.dateTime(request.respondedAt, "dateTime"),
          count: request.documents.length,
          names: request.documents.join(", "),
        })}
      </p>
    </Alert>
  );
}
