import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Your password was reset" };

export default function ResetDonePage() {
  return (
    <>
      <h1>Your password was reset</h1>
      <Alert kind="success" testId="reset-done">
        <p>Your password was reset. Sign in with your new password; you will still need your verification code.</p>
      </Alert>
      <p>For your security, your account was signed out everywhere, and we emailed you a notice about the reset.</p>
      <p>
        <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
