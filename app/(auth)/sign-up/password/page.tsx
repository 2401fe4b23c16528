import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { PasswordForm } from "./password-form";
import { StepIndicator } from "@/components/ui/step-indicator";

export const metadata: Metadata = { title: "Create a password" };

export default async function PasswordPage() {
  const { session } = await signUpStepContext("PASSWORD");
  return (
    <>
      <StepIndicator current="PASSWORD" />
      <h1>Create a password</h1>
      <p>Your email address is confirmed. Create a password for your account. A password manager can create and remember one for you.</p>
      {/* Lets password managers save the password with the right account name. */}
      <PasswordForm email={session.user.email} />
    </>
  );
}
