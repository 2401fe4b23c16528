// React's server renderer ends every render by aborting its cache signal with an Error ("This
// render completed successfully. All cacheSignals are now aborted..."), which the request keeps as
// the signal's reason. Until an Error's stack is first read, V8 keeps its call sites, and with them
// each frame's receiver: for a render run from setImmediate, the Immediate. Node does not clear an
// Immediate's link to the next one after it runs, and each Immediate holds the async context (the
// request) it was made in, so finished requests kept each other alive in long chains: a heap
// snapshot after 6,000 pages at 10 connections held 1,483 finished requests, and the heap reached
// its 256 MiB cap. Reading the stack of an abort reason turns the call sites into text and lets
// them go.

const PATCHED = Symbol.for("portal.abortReasonStacks");

function releaseCallSites(reason: unknown): void {
  if (reason instanceof Error) void reason.stack;
}

/** From now on, every AbortController's reason has its stack read when it aborts (once per process). */
export function formatAbortReasonStacks(): void {
  const proto = AbortController.prototype as AbortController & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const abort = Reflect.get(proto, "abort") as (this: AbortController, reason?: unknown) => void;
  Object.defineProperty(proto, "abort", {
    configurable: true,
    writable: true,
    value: function abortReleasingCallSites(this: AbortController, reason?: unknown): void {
      releaseCallSites(reason);
      abort.call(this, reason);
      // abort() without a reason makes a DOMException, an Error with call sites of its own.
      releaseCallSites(this.signal.reason);
    },
  });
  Object.defineProperty(proto, PATCHED, { value: true });
}
