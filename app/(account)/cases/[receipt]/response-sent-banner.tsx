import { Alert } from "@/components/ui/alert";
import type { CaseView } from "@/lib/cases/case-for-owner";
import { formatUtcDateTime } from "@/lib/format";

/** Shown on the case page right after the person sent a response to a request for evidence. */
export function ResponseSentBanner({ request }: { request: CaseView["answeredEvidenceRequests"][number] }) {
  const count = request.documents.length;
  return (
    <Alert kind="success" heading="Your response was sent" testId="response-sent">
      <p>
        We received your response to the request for evidence on {formatUtcDateTime(request.respondedAt)}, with{" "}
        {count === 1 ? "1 document" : `${count} documents`}: {request.documents.join(", ")}. Your case goes back to review; there is nothing
        you need to do now.
      </p>
    </Alert>
  );
}
