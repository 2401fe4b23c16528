import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { QuestionsForm } from "@/components/ui/questions-form";
import { MIN_ANSWER_LENGTH } from "@/lib/recovery/parse-security-answers";
import { SECURITY_QUESTIONS } from "@/lib/recovery/questions";
import { POLICY } from "@/lib/security-policy";
import { changeQuestionsAction } from "./actions";

export const metadata: Metadata = { title: "Password reset questions" };

export default async function SecurityQuestionsSettingsPage() {
  await recentSecondStepContext("/settings/security-questions", signedInContext);
  return (
    <>
      <h1>Password reset questions</h1>
      <p className="max-w-prose">
        Choose {POLICY.securityQuestions.count} different questions and answer them. Your new answers replace all the old ones. Answers are
        not case-sensitive. Each answer needs at least {MIN_ANSWER_LENGTH} characters and must be different from your other answers.
      </p>
      <QuestionsForm
        questions={SECURITY_QUESTIONS}
        count={POLICY.securityQuestions.count}
        action={changeQuestionsAction}
        submitLabel="Save new questions"
      />
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
