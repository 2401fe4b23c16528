import { getReader } from "@/lib/i18n/request";
import { SIGN_UP_STEPS, stepIndex, type SignUpStep } from "@/lib/registration/steps";

/** "Step 3 of 8: Terms of use", with the whole journey shown as segments (USWDS style). */
export async function StepIndicator({ current }: { current: SignUpStep }) {
  const { text } = await getReader();
  const index = stepIndex(current);
  const total = SIGN_UP_STEPS.length;
  return (
    <nav aria-label="Sign-up progress" className="mb-8 no-print">
      <ol className="mb-3 grid list-none grid-cols-8 gap-1 p-0">
        {SIGN_UP_STEPS.map((step, i) => {
          const state = i < index ? "completed" : i === index ? "current" : "to do";
          return (
            <li
              key={step.step}
              aria-current={i === index ? "step" : undefined}
              className={`border-t-8 pt-1 text-xs ${i < index ? "border-primary-dark text-ink" : i === index ? "border-primary text-primary font-bold" : "border-line text-muted"}`}
            >
              <span className="hidden md:inline">{text(step.label)}</span>
              <span className="sr-only">{` (${state})`}</span>
            </li>
          );
        })}
      </ol>
      <p className="mb-0 text-lg" data-testid="step-heading">
        <span className="mr-2 inline-block rounded-full bg-primary px-2 font-bold text-white">{index + 1}</span>
        <span className="text-muted">of {total}</span> <span className="font-bold">{text(SIGN_UP_STEPS[index].label)}</span>
      </p>
    </nav>
  );
}
