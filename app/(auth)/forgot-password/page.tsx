import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1>Reset your password</h1>
      <p>Enter the email address of your account. We will email you a link to reset your password.</p>
      <p>After you open the link, you will answer your five password reset questions and then choose a new password.</p>
      <ForgotPasswordForm />
      <p>
        Remembered it? <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
