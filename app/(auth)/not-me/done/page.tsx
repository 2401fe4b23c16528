import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Your account is secured" };

export default function NotMeDonePage() {
  return (
    <>
      <h1>Your account is secured</h1>
      <Alert kind="success" testId="not-me-done">
        <p>Thank you for telling us. We signed your account out on every device and browser, and locked your password.</p>
      </Alert>
      <p>
        Nothing else in your account was changed. To use your account again, reset your password: we will email you a link, and you will
        answer your password reset questions.
      </p>
      <p>
        <Link href="/forgot-password">Reset your password</Link>
      </p>
    </>
  );
}
