import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { SignUpIdleWarning } from "../idle-warning";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TermsForm } from "./terms-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { getReader, getT } from "@/lib/i18n/request";
import { termsOfUse, TERMS_VERSION } from "@/lib/registration/terms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.terms.title") };
}

export default async function TermsPage() {
  const { session } = await signUpStepContext("TERMS");
  const { t, text } = await getReader();
  return (
    <>
      <StepIndicator current="TERMS" />
      <h1>{t("signUp.terms.title")}</h1>
      <p className="text-muted">{t("signUp.terms.version", { version: TERMS_VERSION })}</p>
      {/* A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable). */}
      <section
        aria-labelledby="terms-text-heading"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        className="mb-6 max-h-96 max-w-prose overflow-y-auto border-2 border-line p-4"
      >
        <h2 id="terms-text-heading" className="mt-0">
          {t("signUp.terms.textHeading")}
        </h2>
        {termsOfUse().map((section) => (
          <div key={section.heading}>
            <h3 className="mt-4 mb-2 font-bold">{text(section.heading)}</h3>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{text(paragraph)}</p>
            ))}
          </div>
        ))}
      </section>
      <ClientMessages namespaces={["signUp"]}>
        <TermsForm />
      </ClientMessages>
      <SignUpIdleWarning userId={session.user.id} />
    </>
  );
}
