"use client";

import { useMemo, useState } from "react";
import { isChosenFile } from "@/lib/actions/form-fields";
import type { FormAction } from "@/lib/result";
import { checkBeforeSending } from "./check-before-sending";

/**
 * The send action (checked in the browser first), and the files to choose again in the re-drawn
 * form: a message refused for another reason (no subject, say) keeps its attachments, so nothing
 * the person chose is silently dropped. A refusal about the files themselves asks for new ones.
 */
export function useSendKeepingFiles<T extends object>(action: FormAction<T>): { send: FormAction<T>; kept: File[] } {
  const [kept, setKept] = useState<File[]>([]);
  const send = useMemo<FormAction<T>>(() => {
    const checked = checkBeforeSending(action);
    return async (state, data) => {
      const files = data.getAll("files").filter(isChosenFile);
      const result = await checked(state, data);
      setKept(result && !result.ok && !result.fieldErrors?.files ? files : []);
      return result;
    };
  }, [action]);
  return { send, kept };
}
