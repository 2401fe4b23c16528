import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpEmailForm } from "./sign-up-email-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { currentSession } from "@/lib/auth/current-session";
import { homeFor } from "@/lib/sessions/home-for";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const session = await currentSession();
  if (session) redirect(homeFor(session));
  return (
    <>
      <StepIndicator current="EMAIL" />
      <h1>Create an account</h1>
      <p>Enter the email address you want to use for your account. We will send a link to it to confirm it is yours.</p>
      <p>
        Each person needs their own account and email address: a legal representative has an account of their own and never uses a
        client&apos;s. Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
      <SignUpEmailForm />
    </>
  );
}
