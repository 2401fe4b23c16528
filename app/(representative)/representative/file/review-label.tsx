import type { ClientDraftSummary } from "@/lib/filing/client-review";

const LABEL = {
  PREPARING: "Being prepared",
  SENT: "Sent to your client for review",
  CHANGES_REQUESTED: "Your client asked for changes",
  SIGNED: "Signed by your client: ready to pay and submit",
  DECLINED: "Declined by your client",
  SUBMITTED: "Submitted",
} as const;

/** Where a form for a client stands, in words. */
export function ClientPanelLabel({ status, review }: Pick<ClientDraftSummary, "status" | "review">) {
  return <span data-testid="client-form-status">{LABEL[status === "SUBMITTED" ? "SUBMITTED" : (review ?? "PREPARING")]}</span>;
}
