"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { echoedValues, formFields } from "@/lib/actions/form-fields";
import type { FormAction, FormState, RouteRedirect } from "@/lib/result";
import { useActionForm, useFormView } from "./use-action-form";

/**
 * A form that posts with fetch to a route built by the action chain's `route()` and shows its
 * result as useActionForm does, with `action` (the same step as a server action) as the form's
 * action until the page's script runs, or without JavaScript. A redirect is followed in the page;
 * the form stays pending until the next page replaces it.
 */
export function useRouteForm<T extends object = object>(action: FormAction<T>, route: string) {
  const base = useActionForm(action);
  const router = useRouter();
  const t = useTranslations();
  const [answered, setAnswered] = useState<FormState<T>>(null);
  const [leaving, setLeaving] = useState(false);
  const [posting, startPosting] = useTransition();
  const view = useFormView(answered ?? base.state);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (posting || leaving) return;
    const body = new FormData(event.currentTarget);
    startPosting(async () => {
      const answer = await post<T>(route, body);
      // What never reached a step is shown again as typed (secrets left out), as a refusal is.
      const values = echoedValues(formFields(body));
      if (answer === "unreachable") setAnswered({ ok: false, code: "unexpected", message: t("common.errors.unreachable"), values });
      else if (answer === "refused") setAnswered({ ok: false, code: "unexpected", message: t("common.errors.unexpected"), values });
      else if (answer && answer.ok && "redirectTo" in answer) {
        setLeaving(true);
        router.push(answer.redirectTo);
      } else setAnswered(answer);
    });
  };

  return { ...view, formAction: base.formAction, onSubmit, pending: base.pending || posting || leaving };
}

async function post<T extends object>(route: string, body: FormData): Promise<FormState<T> | RouteRedirect | "unreachable" | "refused"> {
  let response: Response;
  try {
    response = await fetch(route, { method: "POST", body, headers: { accept: "application/json" }, cache: "no-store" });
  } catch {
    return "unreachable";
  }
  if (!response.ok || !response.headers.get("content-type")?.includes("application/json")) return "refused";
  return (await response.json().catch(() => "refused")) as FormState<T> | RouteRedirect | "refused";
}
