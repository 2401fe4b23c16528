import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LinkProblem } from "@/components/ui/link-problem";
import { NewPasswordForm } from "./new-password-form";
import { ResetAnswersForm } from "./reset-answers-form";
import { Alert } from "@/components/ui/alert";
import { getT } from "@/lib/i18n/request";
import type { Translate } from "@/lib/i18n/translator";
import { openResetLink } from "@/lib/recovery/open-reset-link";
import { tokenFrom } from "@/lib/recovery/reset-link";
import { POLICY } from "@/lib/security-policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("passwordReset.forgot.title") };
}

const PROBLEMS = ["expired", "used", "used_up", "unknown"] as const;
type Problem = (typeof PROBLEMS)[number];

function problemText(t: Translate, problem: Problem): { heading: string; text: string } {
  switch (problem) {
    case "expired":
      return { heading: t("passwordReset.problems.expiredHeading"), text: t("passwordReset.problems.expiredText") };
    case "used":
      return { heading: t("passwordReset.problems.usedHeading"), text: t("passwordReset.problems.usedText") };
    case "used_up":
      return { heading: t("passwordReset.problems.usedUpHeading"), text: t("passwordReset.problems.usedUpText") };
    default:
      return { heading: t("passwordReset.problems.unknownHeading"), text: t("passwordReset.problems.unknownText") };
  }
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; state?: string }> }) {
  const params = await searchParams;
  const t = await getT();
  const token = tokenFrom(params.token);
  let problem: Problem = (PROBLEMS as readonly string[]).includes(params.state ?? "") ? (params.state as Problem) : "unknown";

  if (token) {
    const view = await openResetLink(token);
    if (view.state === "valid" && view.step === "questions") {
      return (
        <>
          <h1>{t("passwordReset.answers.heading")}</h1>
          <p>{t("passwordReset.answers.intro")}</p>
          {view.triesLeft < POLICY.resetAnswerRounds && (
            <Alert kind="warning" testId="tries-left">
              <p>{t("passwordReset.answers.triesLeft", { count: view.triesLeft })}</p>
            </Alert>
          )}
          <ClientMessages namespaces={["passwordReset"]}>
            <ResetAnswersForm token={token} questions={view.questions} />
          </ClientMessages>
        </>
      );
    }
    if (view.state === "valid") {
      return (
        <>
          <h1>{t("passwordReset.newPassword.heading")}</h1>
          <p>{t("passwordReset.newPassword.intro")}</p>
          <ClientMessages namespaces={["passwordReset"]}>
            <NewPasswordForm token={token} email={view.email} />
          </ClientMessages>
        </>
      );
    }
    problem = view.usedUpByAnswers ? "used_up" : view.state;
  }

  return (
    <LinkProblem {...problemText(t, problem)}>
      <li>
        <Link href="/forgot-password">{t("passwordReset.problems.askNew")}</Link>
      </li>
      <li>{t.rich("passwordReset.problems.signIn", { link: (chunks) => <Link href="/sign-in">{chunks}</Link> })}</li>
    </LinkProblem>
  );
}
