import Link from "next/link";
import type { FormState } from "@/lib/result";

/** When a settings change was refused for want of a recent re-check, the way to do it. */
export function ReauthLink({ state }: { state: FormState }) {
  if (!state || state.ok || state.code !== "reauth_required") return null;
  return (
    <p>
      <Link href={`/settings/verify?next=${encodeURIComponent("/settings/passkeys")}`}>Confirm it&apos;s you, then come back here</Link>
    </p>
  );
}
