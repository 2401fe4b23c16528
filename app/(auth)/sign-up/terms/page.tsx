import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { TermsForm } from "./terms-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { termsOfUse, TERMS_VERSION } from "@/lib/registration/terms";

export const metadata: Metadata = { title: "Terms of Use" };

export default async function TermsPage() {
  await signUpStepContext("TERMS");
  return (
    <>
      <StepIndicator current="TERMS" />
      <h1>Terms of Use</h1>
      <p className="text-muted">Version {TERMS_VERSION}. Read the terms, then select “I Agree” to continue.</p>
      {/* A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable). */}
      <section
        aria-labelledby="terms-text-heading"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        className="mb-6 max-h-96 max-w-prose overflow-y-auto border-2 border-line p-4"
      >
        <h2 id="terms-text-heading" className="mt-0">
          Terms of Use of this portal
        </h2>
        {termsOfUse().map((section) => (
          <div key={section.heading}>
            <h3 className="mt-4 mb-2 font-bold">{section.heading}</h3>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        ))}
      </section>
      <TermsForm />
    </>
  );
}
