"use client";

import { useTranslations } from "use-intl";
import { ConfirmRemoval } from "@/components/ui/confirm-removal";
import { removeG28Action } from "./actions";

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
  const t = useTranslations();
  return (
    <ConfirmRemoval
      action={removeG28Action}
      fields={{ receipt: receiptNumber, representationId }}
      remove={t.rich("agency.g28.remove.button", { name, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
      question={t("agency.g28.remove.confirm", { name })}
      confirm={t("agency.g28.remove.yes")}
      keep={t("agency.g28.remove.keep")}
    />
  );
}
