import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

// The request id of the request being served, for every log line written while serving it. The
// portal's server (server.ts) runs each request inside this context; the app is a separate bundle
// of the same process, so the store lives on globalThis, not in a module both would copy.

export { isRequestId, REQUEST_ID_HEADER } from "./request-id";

type RequestContext = { requestId: string };

const KEY = Symbol.for("portal.requestContext");
const slot = globalThis as unknown as { [KEY]?: AsyncLocalStorage<RequestContext> };
const storage: AsyncLocalStorage<RequestContext> = (slot[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function newRequestId(): string {
  return randomUUID();
}

/** Runs `fn` as part of the request `requestId`. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The request id of the request being served here, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
