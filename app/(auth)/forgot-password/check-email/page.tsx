import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { RESET_REQUESTED } from "@/lib/recovery/request-password-reset";

export const metadata: Metadata = { title: "Check your email" };

export default function ResetCheckEmailPage() {
  return (
    <>
      <h1>Check your email</h1>
      <Alert kind="success" testId="reset-requested">
        <p>{RESET_REQUESTED}</p>
      </Alert>
      <ul className="mb-4 list-disc pl-6">
        <li>Open the email and select the link in it to continue.</li>
        <li>If you do not see the email within a few minutes, check your spam or junk folder.</li>
        <li>Asking for another link makes the earlier ones stop working.</li>
      </ul>
      <p>
        <Link href="/forgot-password">Send me a new link</Link>
      </p>
    </>
  );
}
