import type { Draft } from "@/lib/filing/drafts";
import { getReader } from "@/lib/i18n/request";
import { clientReviewText } from "@/components/filing/client-review-label";
import { Alert } from "@/components/ui/alert";

type Client = NonNullable<Draft["client"]>;

/** The client a representative prepares this form for, and their review so far. */
export async function ClientPanel({ client }: { client: Client }) {
  const { t, format } = await getReader();
  return (
    <section aria-labelledby="client-heading" className="mb-8 max-w-prose border-l-4 border-line pl-4" data-testid="client-panel">
      <h2 id="client-heading" className="mt-0">
        {t("filing.clientPanel.heading")}
      </h2>
      <dl className="grid grid-cols-facts gap-x-4 gap-y-1">
        <dt className="font-bold">{t("filing.clientPanel.client")}</dt>
        <dd className="m-0">
          {client.name} ({client.email})
        </dd>
        <dt className="font-bold">{t("filing.clientPanel.review")}</dt>
        <dd className="m-0" data-testid="client-review-status">
          {clientReviewText(client.review, false, t)}
          {client.sentAt && client.review === "SENT" && (
            <> {t("filing.clientPanel.sentOn", { when: format.dateTime(client.sentAt, "dateTime") })}</>
          )}
        </dd>
      </dl>
      {client.review === "CHANGES_REQUESTED" && client.note && (
        <Alert kind="warning" heading={t("filing.clientPanel.changesHeading")} testId="client-note">
          <p className="whitespace-pre-line">{client.note}</p>
          <p>{t("filing.clientPanel.changesBody")}</p>
        </Alert>
      )}
      {client.review === "DECLINED" && (
        <Alert kind="error" heading={t("filing.clientPanel.declinedHeading")} testId="client-note">
          {client.note && <p className="whitespace-pre-line">{client.note}</p>}
          <p>{t("filing.clientPanel.declinedBody")}</p>
        </Alert>
      )}
    </section>
  );
}
