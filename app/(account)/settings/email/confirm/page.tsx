import type { Metadata } from "next";
import Link from "next/link";
import { LinkProblem } from "@/components/ui/link-problem";
import { Alert } from "@/components/ui/alert";
import { emailChangeLinkMessage, emailChangeLinkState } from "@/lib/account/change-email";
import { ConfirmEmailChangeForm } from "./confirm-email-change-form";

export const metadata: Metadata = { title: "Confirm your new email address" };

// Reached from the link in the email, signed in or not: the link itself proves the new address.
// The change needs a button press, so a mail scanner opening the link changes nothing.
export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string; done?: string }> }) {
  const { token, done } = await searchParams;
  if (done) {
    return (
      <>
        <h1>Your email address was changed</h1>
        <Alert kind="success">
          <p>Use your new email address the next time you sign in. We told your old address about the change.</p>
        </Alert>
        <p>
          <Link href="/dashboard">Go to your account</Link>
        </p>
      </>
    );
  }
  const link = await emailChangeLinkState(token);
  if (link.state !== "valid") {
    return (
      <LinkProblem heading="This link can't be used" text={emailChangeLinkMessage(link.state)}>
        <li>
          <Link href="/settings/email">Change email address</Link>
        </li>
      </LinkProblem>
    );
  }
  return (
    <>
      <h1>Confirm your new email address</h1>
      <p>
        Use <strong>{link.newEmail}</strong> as the email address of your account?
      </p>
      <ConfirmEmailChangeForm token={String(token)} />
    </>
  );
}
