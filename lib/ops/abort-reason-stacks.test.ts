import { afterEach, describe, expect, it } from "vitest";
import { formatAbortReasonStacks } from "./abort-reason-stacks";

const original: unknown = Reflect.get(Error, "prepareStackTrace");
afterEach(() => {
  Reflect.set(Error, "prepareStackTrace", original);
});

/** Counts the errors whose stack V8 formats (what lets go of their call sites). */
function countFormatting(): Set<Error> {
  const formatted = new Set<Error>();
  Error.prepareStackTrace = (error, frames) => {
    formatted.add(error);
    return `${String(error)} (${frames.length} frames)`;
  };
  return formatted;
}

describe("abort reasons", () => {
  formatAbortReasonStacks();

  it("have their stack read when a controller aborts, so their call sites are let go", () => {
    const formatted = countFormatting();
    const reason = new Error("This render completed successfully.");
    const controller = new AbortController();
    controller.abort(reason);
    expect(formatted.has(reason)).toBe(true);
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
    expect(reason.stack).toContain("This render completed successfully.");
  });

  it("include the DOMException made for an abort without a reason", () => {
    const formatted = countFormatting();
    const controller = new AbortController();
    let heard: unknown;
    controller.signal.addEventListener("abort", () => (heard = controller.signal.reason));
    controller.abort();
    expect(heard).toBeInstanceOf(DOMException);
    expect(formatted.has(controller.signal.reason as Error)).toBe(true);
  });

  it("leave other reasons as they are, and patch once however often it is asked", () => {
    formatAbortReasonStacks();
    const abort: unknown = Reflect.get(AbortController.prototype, "abort");
    formatAbortReasonStacks();
    expect(Reflect.get(AbortController.prototype, "abort")).toBe(abort);
    const controller = new AbortController();
    controller.abort("timed out");
    expect(controller.signal.reason).toBe("timed out");
  });
});
