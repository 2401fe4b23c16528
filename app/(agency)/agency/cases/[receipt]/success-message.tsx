import { Alert } from "@/components/ui/alert";
import type { Done } from "@/lib/agency/console/case-changes";
import type { FormState } from "@/lib/result";

/** The message a console action returns when it worked, announced to screen readers. */
export function SuccessMessage({ state, testId }: { state: FormState<Done>; testId: string }) {
  if (!state?.ok) return null;
  return (
    <Alert kind="success" live testId={testId}>
      <p>{state.message}</p>
    </Alert>
  );
}
