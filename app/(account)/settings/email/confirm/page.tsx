import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmEmailChangeForm } from "@/components/settings/confirm-email-change-form";
import { Alert } from "@/components/ui/alert";
import { emailChangeLinkState } from "@/lib/account/change-email";

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
    const text = {
      expired: "This link has expired. Links work for 24 hours. Ask for a new one in your account settings.",
      used: "This link was already used. If your email address did not change, ask for a new link in your account settings.",
      unknown: "This link is not valid. Check that you copied the whole address from the email, or ask for a new link in your account settings.",
    }[link.state];
    return (
      <>
        <h1>This link can&apos;t be used</h1>
        <Alert kind="error" testId="link-problem">
          <p>{text}</p>
        </Alert>
        <p>
          <Link href="/settings/email">Change email address</Link>
        </p>
      </>
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
