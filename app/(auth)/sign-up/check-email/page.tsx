import type { Metadata } from "next";
import Link from "next/link";
import { StepIndicator } from "@/components/ui/step-indicator";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ resent?: string }> }) {
  const { resent } = await searchParams;
  return (
    <>
      <StepIndicator current="CONFIRM_EMAIL" />
      <h1>Check your email</h1>
      {resent && (
        <Alert kind="success" live testId="resent-notice">
          <p>If that address can use this portal, we have sent it new confirmation instructions.</p>
        </Alert>
      )}
      <p>We sent an email with a link to confirm your email address. Open it and select the link to continue creating your account.</p>
      <ul className="mb-4 list-disc pl-6">
        <li>The link expires in 24 hours and works once.</li>
        <li>If you do not see the email within a few minutes, check your spam or junk folder.</li>
        <li>If you already have an account with this email, the email tells you how to sign in instead.</li>
      </ul>
      <p>
        <Link href="/sign-up/resend">Didn&apos;t receive confirmation instructions?</Link>
      </p>
    </>
  );
}
