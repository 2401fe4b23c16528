import type { Metadata } from "next";
import Link from "next/link";
import { ResendConfirmationForm } from "./resend-confirmation-form";
import { StepIndicator } from "@/components/ui/step-indicator";

export const metadata: Metadata = { title: "Resend confirmation instructions" };

export default function ResendPage() {
  return (
    <>
      <StepIndicator current="CONFIRM_EMAIL" />
      <h1>Resend confirmation instructions</h1>
      <p>Enter the email address you signed up with and we will send a new confirmation link. Any earlier link will stop working.</p>
      <ResendConfirmationForm />
      <p>
        <Link href="/sign-up/check-email">Back</Link>
      </p>
    </>
  );
}
