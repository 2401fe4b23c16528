import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** What an edit page of a submitted filing shows instead of its form: nothing can change now. */
export function SubmittedNotice({ filingId }: { filingId: string }) {
  return (
    <Alert kind="warning" heading="This form has already been submitted" testId="already-submitted">
      <p>
        A submitted form can no longer be changed. <Link href={`/file/${filingId}/confirmation`}>See your confirmation</Link>.
      </p>
    </Alert>
  );
}
