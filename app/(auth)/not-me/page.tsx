import type { Metadata } from "next";
import Link from "next/link";
import { LinkProblem } from "@/components/ui/link-problem";
import { NotMeForm } from "./not-me-form";
import { inspectNotMeLink } from "@/lib/recovery/report-not-me";
import { tokenFrom, type LinkState } from "@/lib/recovery/reset-link";

export const metadata: Metadata = { title: "This wasn't me" };

const PROBLEMS: Record<Exclude<LinkState, "valid">, { heading: string; text: string }> = {
  expired: {
    heading: "This link has expired",
    text: "“This wasn't me” links work for 7 days. If you think someone else is using your account, reset your password now: that signs your account out everywhere.",
  },
  used: {
    heading: "This link has already been used",
    text: "Your account was already signed out everywhere with this link, and the password was locked. Reset your password to use your account again.",
  },
  unknown: {
    heading: "This link is not valid",
    text: "The link may be incomplete or changed. Copy the whole link from the email into your browser. If you think someone else is using your account, reset your password now.",
  },
};

export default async function NotMePage({ searchParams }: { searchParams: Promise<{ token?: string; state?: string }> }) {
  const params = await searchParams;
  const token = tokenFrom(params.token);
  const state: LinkState = token
    ? await inspectNotMeLink(token)
    : typeof params.state === "string" && Object.hasOwn(PROBLEMS, params.state)
      ? (params.state as LinkState)
      : "unknown";

  if (state === "valid") {
    return (
      <>
        <h1>Secure your account</h1>
        <p>If you did not do what the email described, someone else may know your password. Select the button to:</p>
        <ul className="mb-6 list-disc pl-6">
          <li>sign your account out on every device and browser, and</li>
          <li>lock your password, so that no one can sign in with it until you reset it.</li>
        </ul>
        <p>You can then reset your password with a link we email you and your password reset questions.</p>
        <NotMeForm token={token} />
      </>
    );
  }
  return (
    <LinkProblem {...PROBLEMS[state]}>
      <li>
        <Link href="/forgot-password">Reset your password</Link>
      </li>
    </LinkProblem>
  );
}
