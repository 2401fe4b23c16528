import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "./sign-in-form";
import { Alert } from "@/components/ui/alert";
import { currentSession } from "@/lib/auth/current-session";
import { signInPagePow } from "@/lib/auth/sign-in";
import { publicContext } from "@/lib/actions/contexts";
import { env } from "@/lib/env";
import { timedOutMessage } from "@/lib/sessions/idle-limit-text";
import { homeFor } from "@/lib/sessions/home-for";

export const metadata: Metadata = { title: "Sign in" };

const REASONS: Record<string, string> = {
  "signed-out": "You are signed out. Sign in to continue.",
  "signed-out-by-you": "You have signed out.",
  "continue-sign-up":
    "Sign in to continue creating your account where you left off. If you had not set a password yet, sign up again with the same email to get a new confirmation link.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const session = await currentSession();
  if (session?.level === "FULL") redirect(homeFor(session));
  const { reason } = await searchParams;
  const powChallenge = await signInPagePow((await publicContext()).request);
  const message =
    reason === "timed-out" ? timedOutMessage(env().SESSION_IDLE_MINUTES) : reason && Object.hasOwn(REASONS, reason) && REASONS[reason];
  return (
    <>
      <h1>Sign in</h1>
      {message && (
        <Alert kind="info" testId="sign-in-reason">
          <p>{message}</p>
        </Alert>
      )}
      <SignInForm powChallenge={powChallenge} />
      <p>
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        Don&apos;t have an account? <Link href="/sign-up">Create an account</Link>
      </p>
    </>
  );
}
