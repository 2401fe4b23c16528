// Setup file of both Vitest projects. lib returns msg() references where it once returned
// sentences, and the action chain reads them in the person's language; tests compare either form.
// So a reference equals its English reading in toEqual and toMatchObject (asymmetric matchers such
// as expect.stringContaining see the raw value: read it with inEnglish() from ./english first).
import { expect } from "vitest";
import { isMessageRef } from "@/lib/i18n/message-ref";
import { inEnglish } from "./english";

expect.addEqualityTesters([
  function messageRefEqualsItsEnglish(a: unknown, b: unknown) {
    if (typeof a !== "string" || typeof b !== "string") return undefined;
    if (!isMessageRef(a) && !isMessageRef(b)) return undefined;
    return inEnglish(a) === inEnglish(b);
  },
]);
