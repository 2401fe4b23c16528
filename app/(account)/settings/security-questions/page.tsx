import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { QuestionsForm } from "@/components/ui/questions-form";
import { getT } from "@/lib/i18n/request";
import { MIN_ANSWER_LENGTH } from "@/lib/recovery/parse-security-answers";
import { SECURITY_QUESTIONS } from "@/lib/recovery/questions";
import { POLICY } from "@/lib/security-policy";
import { changeQuestionsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.questions.title") };
}

export default async function SecurityQuestionsSettingsPage() {
  await recentSecondStepContext("/settings/security-questions", signedInContext);
  const t = await getT();
  return (
    <>
      <h1>{t("settings.questions.title")}</h1>
      <p className="max-w-prose">
        {t("settings.questions.intro", { count: POLICY.securityQuestions.count, minLength: MIN_ANSWER_LENGTH })}
      </p>
      <QuestionsForm
        questions={SECURITY_QUESTIONS}
        count={POLICY.securityQuestions.count}
        action={changeQuestionsAction}
        submitLabel={t("settings.questions.save")}
      />
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
