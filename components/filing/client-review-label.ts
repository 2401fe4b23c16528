import type { ClientReviewStatus } from "@/lib/filing/client-review";

/** Where a form prepared for a client stands, in words, for the representative. */
export function clientReviewLabel(review: ClientReviewStatus | null, submitted = false): string {
  if (submitted) return "Submitted";
  return {
    PREPARING: "Being prepared",
    SENT: "Sent to your client",
    CHANGES_REQUESTED: "Your client asked for changes",
    SIGNED: "Signed by your client",
    DECLINED: "Declined by your client",
  }[review ?? "PREPARING"];
}
