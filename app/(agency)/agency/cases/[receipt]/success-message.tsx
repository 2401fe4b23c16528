import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/result";

/** The message a console action returns when it worked, announced to screen readers. */
export function SuccessMessage({ state, testId }: { state: FormState; testId: string }) {
  if (!state?.ok || !("message" in state) || typeof state.message !== "string") return null;
  return (
    <Alert kind="success" live testId={testId}>
      <p>{state.message}</p>
    </Alert>
  );
}
