import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { QuestionsForm } from "@/components/ui/questions-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { MIN_ANSWER_LENGTH } from "@/lib/recovery/parse-security-answers";
import { SECURITY_QUESTIONS } from "@/lib/recovery/questions";
import { POLICY } from "@/lib/security-policy";
import { setQuestionsAction } from "./actions";

export const metadata: Metadata = { title: "Choose password reset questions" };

export default async function SecurityQuestionsPage() {
  await signUpStepContext("SECURITY_QUESTIONS");
  return (
    <>
      <StepIndicator current="SECURITY_QUESTIONS" />
      <h1>Password reset questions</h1>
      <p>
        Choose {POLICY.securityQuestions.count} different questions and answer them. If you forget your password, we will ask them after you
        open the reset link we email you. Answers are not case-sensitive.
      </p>
      <p>Each answer needs at least {MIN_ANSWER_LENGTH} characters and must be different from your other answers.</p>
      <p>Pick answers that others cannot find out or guess, and that you will remember.</p>
      <QuestionsForm
        questions={SECURITY_QUESTIONS}
        count={POLICY.securityQuestions.count}
        action={setQuestionsAction}
        submitLabel="Finish creating my account"
      />
    </>
  );
}
