import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const { session } = await recentSecondStepContext("/settings/password", signedInContext);
  return (
    <>
      <h1>Change password</h1>
      <p className="max-w-prose">After the change, you stay signed in here and every other device is signed out. We email you a notice.</p>
      <ChangePasswordForm email={session.user.email} />
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
