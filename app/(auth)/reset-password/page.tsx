import type { Metadata } from "next";
import Link from "next/link";
import { LinkProblem } from "@/components/ui/link-problem";
import { NewPasswordForm } from "./new-password-form";
import { ResetAnswersForm } from "./reset-answers-form";
import { Alert } from "@/components/ui/alert";
import { openResetLink } from "@/lib/recovery/open-reset-link";
import { tokenFrom } from "@/lib/recovery/reset-link";
import { POLICY } from "@/lib/security-policy";

export const metadata: Metadata = { title: "Reset your password" };

const PROBLEMS = {
  expired: {
    heading: "This reset link has expired",
    text: "Reset links work for 30 minutes. Ask for a new link; it is sent to the same email address.",
  },
  used: {
    heading: "This reset link has already been used",
    text: "Each reset link works once, and asking for a new link makes the earlier ones stop working. Ask for a new link if you still need to reset your password.",
  },
  used_up: {
    heading: "Too many wrong answers",
    text: "The answers did not match too many times, so this reset link no longer works. Ask for a new link to try again.",
  },
  unknown: {
    heading: "This reset link is not valid",
    text: "The link may be incomplete or changed. Copy the whole link from the email into your browser, or ask for a new link.",
  },
} as const;

type Problem = keyof typeof PROBLEMS;

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; state?: string }> }) {
  const params = await searchParams;
  const token = tokenFrom(params.token);
  let problem: Problem = typeof params.state === "string" && Object.hasOwn(PROBLEMS, params.state) ? (params.state as Problem) : "unknown";

  if (token) {
    const view = await openResetLink(token);
    if (view.state === "valid" && view.step === "questions") {
      return (
        <>
          <h1>Answer your password reset questions</h1>
          <p>Answer the five questions you chose when you created your account. Answers are not case-sensitive.</p>
          {view.triesLeft < POLICY.resetAnswerRounds && (
            <Alert kind="warning" testId="tries-left">
              <p>
                You can try {view.triesLeft} more {view.triesLeft === 1 ? "time" : "times"} with this link.
              </p>
            </Alert>
          )}
          <ResetAnswersForm token={token} questions={view.questions} />
        </>
      );
    }
    if (view.state === "valid") {
      return (
        <>
          <h1>Choose a new password</h1>
          <p>Your answers are right. Choose a new password for your account. A password manager can create and remember one for you.</p>
          <NewPasswordForm token={token} email={view.email} />
        </>
      );
    }
    problem = view.usedUpByAnswers ? "used_up" : view.state;
  }

  return (
    <LinkProblem {...PROBLEMS[problem]}>
      <li>
        <Link href="/forgot-password">Ask for a new reset link</Link>
      </li>
      <li>
        <Link href="/sign-in">Sign in</Link> if you remember your password
      </li>
    </LinkProblem>
  );
}
