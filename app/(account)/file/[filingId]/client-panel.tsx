import type { Draft } from "@/lib/filing/drafts";
import { formatUtcDateTime } from "@/lib/format";
import { Alert } from "@/components/ui/alert";

type Client = NonNullable<Draft["client"]>;

/** Where the client's review of a form stands, in words, for the representative who prepared it. */
export const CLIENT_REVIEW_LABEL: Record<NonNullable<Client["review"]> | "PREPARING", string> = {
  PREPARING: "Being prepared",
  SENT: "Sent to your client",
  CHANGES_REQUESTED: "Your client asked for changes",
  SIGNED: "Signed by your client",
  DECLINED: "Declined by your client",
};

/** The client a representative prepares this form for, and their review so far. */
export function ClientPanel({ client }: { client: Client }) {
  return (
    <section aria-labelledby="client-heading" className="mb-8 max-w-prose border-l-4 border-line pl-4" data-testid="client-panel">
      <h2 id="client-heading" className="mt-0">
        Prepared for your client
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">Client</dt>
        <dd className="m-0">
          {client.name} ({client.email})
        </dd>
        <dt className="font-bold">Review</dt>
        <dd className="m-0" data-testid="client-review-status">
          {CLIENT_REVIEW_LABEL[client.review ?? "PREPARING"]}
          {client.sentAt && client.review === "SENT" && <> on {formatUtcDateTime(client.sentAt)}</>}
        </dd>
      </dl>
      {client.review === "CHANGES_REQUESTED" && client.note && (
        <Alert kind="warning" heading="Changes your client asked for" testId="client-note">
          <p className="whitespace-pre-line">{client.note}</p>
          <p>Make the changes, then send the form to your client again.</p>
        </Alert>
      )}
      {client.review === "DECLINED" && (
        <Alert kind="error" heading="Your client declined this form" testId="client-note">
          {client.note && <p className="whitespace-pre-line">{client.note}</p>}
          <p>Nothing has been filed. You can delete this form.</p>
        </Alert>
      )}
    </section>
  );
}
