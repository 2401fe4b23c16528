"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { removeG28Action } from "./actions";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** Remove, with a second press to confirm so a slip of the finger changes nothing. */
export function RemoveG28Form({
  receiptNumber,
  representationId,
  name,
}: {
  receiptNumber: string;
  representationId: string;
  name: string;
}) {
  const form = useActionForm(removeG28Action);
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="outline" onClick={() => setConfirming(true)}>
        {t.rich("agency.g28.remove.button", { name, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
      </Button>
    );
  }
  return (
    <form action={form.formAction} className="flex flex-wrap items-center gap-3">
      {form.state && !form.state.ok && (
        <p role="alert" className="mb-0 w-full font-bold text-error">
          {form.state.message}
        </p>
      )}
      <input type="hidden" name="receipt" value={receiptNumber} />
      <input type="hidden" name="representationId" value={representationId} />
      <span>{t("agency.g28.remove.confirm", { name })}</span>
      <SubmitButton>{t("agency.g28.remove.yes")}</SubmitButton>
      <Button variant="outline" onClick={() => setConfirming(false)}>
        {t("agency.g28.remove.keep")}
      </Button>
    </form>
  );
}
