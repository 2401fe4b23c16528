import { applicantContext, recentSecondStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ChangeEmailForm } from "./change-email-form";

export const metadata: Metadata = { title: "Change email address" };

export default async function ChangeEmailPage() {
  const { session } = await recentSecondStepContext("/settings/email", applicantContext);
  return (
    <>
      <h1>Change email address</h1>
      <p className="max-w-prose">
        Your email address is <strong>{session.user.email}</strong>. We send a confirmation link to the new address; the change happens only
        when you use it. We also tell your current address.
      </p>
      <ChangeEmailForm />
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
