import type { z } from "zod";
import { parseInput } from "@/lib/actions/action-client";
import type { FormFields } from "@/lib/actions/form-input";
import type { ActionError } from "@/lib/result";

/**
 * What an action built from lib/actions does with a form before its body runs: parse the fields
 * with the declared schema, then call the domain function with the typed input (or return the
 * refusal the person would see). Lets integration tests post "forms" to domain functions.
 */
export async function submit<Schema extends z.ZodType, R>(
  schema: Schema,
  fields: FormFields,
  run: (input: z.output<Schema>) => Promise<R>,
): Promise<R | ActionError> {
  const parsed = parseInput(schema, fields);
  return parsed.ok ? run(parsed.input) : parsed;
}
