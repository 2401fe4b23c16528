import { z } from "zod";

// One check for record ids (the database's UUIDs). An id that fails it reads as "not found" to the
// person, exactly like an id that exists but is not theirs.

/** Any 8-4-4-4-12 hex id, lower-cased (z.uuid() would also insist on RFC version bits). */
export const zId = z.guid().transform((id) => id.toLowerCase());

export function isId(value: unknown): value is string {
  return zId.safeParse(value).success;
}
