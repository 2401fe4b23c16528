import type { ClientReviewStatus } from "@/lib/filing/client-review";
import { readerFor } from "@/lib/i18n/translator";

const KEYS: Record<ClientReviewStatus | "PREPARING", string> = {
  PREPARING: "filing.clientReview.preparing",
  SENT: "filing.clientReview.sent",
  CHANGES_REQUESTED: "filing.clientReview.changesRequested",
  SIGNED: "filing.clientReview.signed",
  DECLINED: "filing.clientReview.declined",
};

/** Where a form prepared for a client stands, in words, for the representative, in the reader's language. */
export function clientReviewText(review: ClientReviewStatus | null, submitted: boolean, t: (key: string) => string): string {
  return t(submitted ? "filing.clientReview.submitted" : KEYS[review ?? "PREPARING"]);
}

/** The same in English (for callers not yet reading the person's language). */
export function clientReviewLabel(review: ClientReviewStatus | null, submitted = false): string {
  return clientReviewText(review, submitted, readerFor("en", "UTC").t);
}
