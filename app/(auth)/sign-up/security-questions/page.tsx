import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { SignUpIdleWarning } from "../idle-warning";
import { QuestionsForm } from "@/components/ui/questions-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { getReader, getT } from "@/lib/i18n/request";
import { MIN_ANSWER_LENGTH } from "@/lib/recovery/parse-security-answers";
import { SECURITY_QUESTIONS } from "@/lib/recovery/questions";
import { POLICY } from "@/lib/security-policy";
import { setQuestionsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.questions.title") };
}

export default async function SecurityQuestionsPage() {
  const { session } = await signUpStepContext("SECURITY_QUESTIONS");
  const { t } = await getReader();
  return (
    <>
      <StepIndicator current="SECURITY_QUESTIONS" />
      <h1>{t("signUp.questions.heading")}</h1>
      <p>{t("signUp.questions.intro", { count: POLICY.securityQuestions.count })}</p>
      <p>{t("signUp.questions.answerRule", { min: MIN_ANSWER_LENGTH })}</p>
      <p>{t("signUp.questions.advice")}</p>
      <QuestionsForm
        questions={SECURITY_QUESTIONS}
        count={POLICY.securityQuestions.count}
        action={setQuestionsAction}
        submitLabel={t("signUp.questions.submit")}
      />
      <SignUpIdleWarning userId={session.user.id} />
    </>
  );
}
