import type { z } from "zod";
import { parseInput } from "@/lib/actions/action-client";
import type { FormFields } from "@/lib/actions/form-input";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";
import type { ActionError, ActionResult } from "@/lib/result";

const english = readerFor("en", "UTC");

/**
 * What an action built from lib/actions does with a form before its body runs: parse the fields
 * with the declared schema, then call the domain function with the typed input (or return the
 * refusal the person would see), its messages read in English as the action chain would give them.
 * Lets integration tests post "forms" to domain functions.
 */
export async function submit<Schema extends z.ZodType, R>(
  schema: Schema,
  fields: FormFields,
  run: (input: z.output<Schema>) => Promise<R>,
): Promise<R | ActionError> {
  const parsed = parseInput(schema, fields);
  const result = parsed.ok ? await run(parsed.input) : parsed;
  return result && typeof result === "object" && "ok" in result
    ? (localizeResult(result as ActionResult<object>, english) as R | ActionError)
    : result;
}
