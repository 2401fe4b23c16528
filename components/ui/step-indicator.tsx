"use client";

import { useTranslations } from "use-intl";
import { SIGN_UP_STEPS, stepIndex, type SignUpStep } from "@/lib/registration/steps";

type Translate = ReturnType<typeof useTranslations>;
type Step = (typeof SIGN_UP_STEPS)[number]["step"];

function stepLabel(t: Translate, step: Step): string {
  const labels: Record<Step, () => string> = {
    EMAIL: () => t("ui.steps.email"),
    CONFIRM_EMAIL: () => t("ui.steps.confirmEmail"),
    TERMS: () => t("ui.steps.terms"),
    PASSWORD: () => t("ui.steps.password"),
    MFA_METHOD: () => t("ui.steps.method"),
    MFA_VERIFY: () => t("ui.steps.code"),
    BACKUP_CODE: () => t("ui.steps.backupCode"),
    SECURITY_QUESTIONS: () => t("ui.steps.questions"),
  };
  return labels[step]();
}

/** "Step 3 of 8: Terms of use", with the whole journey shown as segments (USWDS style). */
export function StepIndicator({ current }: { current: SignUpStep }) {
  const t = useTranslations();
  const index = stepIndex(current);
  const total = SIGN_UP_STEPS.length;
  return (
    <nav aria-label={t("ui.steps.progress")} className="mb-8 no-print">
      <ol className="mb-3 grid list-none grid-cols-8 gap-1 p-0">
        {SIGN_UP_STEPS.map((step, i) => {
          const state = i < index ? t("ui.steps.completed") : i === index ? t("ui.steps.current") : t("ui.steps.toDo");
          return (
            <li
              key={step.step}
              aria-current={i === index ? "step" : undefined}
              className={`border-t-8 pt-1 text-xs ${i < index ? "border-primary-dark text-ink" : i === index ? "border-primary text-primary font-bold" : "border-line text-muted"}`}
            >
              <span className="hidden md:inline">{stepLabel(t, step.step)}</span>
              <span className="sr-only">{state}</span>
            </li>
          );
        })}
      </ol>
      <p className="mb-0 text-lg" data-testid="step-heading">
        <span className="mr-2 inline-block rounded-full bg-primary px-2 font-bold text-white">{index + 1}</span>
        <span className="text-muted">{t("ui.steps.of", { total })}</span>{" "}
        <span className="font-bold">{stepLabel(t, SIGN_UP_STEPS[index].step)}</span>
      </p>
    </nav>
  );
}
