import type { Metadata } from "next";
import Link from "next/link";
import { LinkProblem } from "@/components/ui/link-problem";
import { ConfirmEmailForm } from "./confirm-email-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { inspectConfirmationLink, type LinkState } from "@/lib/registration/confirm-email";

export const metadata: Metadata = { title: "Confirm your email address" };

const PROBLEMS: Record<Exclude<LinkState, "valid">, { heading: string; text: string }> = {
  expired: {
    heading: "This link has expired",
    text: "Confirmation links work for 24 hours. Get a new link below; it is sent to the same email address.",
  },
  used: {
    heading: "This link has already been used",
    text: "Each confirmation link works once. If you have not finished creating your account, get a new link below. If you already set a password, sign in to continue where you left off.",
  },
  invalid: {
    heading: "This link is not valid",
    text: "The link may be incomplete or changed. Copy the whole link from the email into your browser, or get a new link below.",
  },
};

export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string; state?: string }> }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token.slice(0, 100) : "";
  const state: LinkState = token
    ? await inspectConfirmationLink(token)
    : typeof params.state === "string" && Object.hasOwn(PROBLEMS, params.state)
      ? (params.state as LinkState)
      : "invalid";

  if (state === "valid") {
    return (
      <>
        <StepIndicator current="CONFIRM_EMAIL" />
        <h1>Confirm your email address</h1>
        <p>Select the button to confirm this is your email address and continue creating your account.</p>
        <ConfirmEmailForm token={token} />
      </>
    );
  }
  return (
    <>
      <StepIndicator current="CONFIRM_EMAIL" />
      <LinkProblem {...PROBLEMS[state]}>
        <li>
          <Link href="/sign-up/resend">Send me a new confirmation link</Link>
        </li>
        <li>
          <Link href="/sign-in">Sign in</Link> if you already set a password
        </li>
      </LinkProblem>
    </>
  );
}
