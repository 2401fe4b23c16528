import { AsyncLocalStorage } from "node:async_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
import v8 from "node:v8";
import vm from "node:vm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";

// Prisma's runtime as installed (scripts/forget-closed-transactions.ts, run after npm install) keeps
// no closed transaction, so nothing of the request that ran one (its async context: the request,
// the response, Next.js's stores) stays alive once the request is over.

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

const request = new AsyncLocalStorage<{ marker: object }>();

/** Runs work inside a "request" whose async context holds a marker; a weak reference to the marker. */
async function inRequest(work: () => Promise<unknown>): Promise<WeakRef<object>> {
  const marker = {};
  await request.run({ marker }, work);
  return new WeakRef(marker);
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  // The pool's idle timer, set when the request gave its connection back, keeps that request's
  // context for at most idleTimeoutMillis; a query from outside takes the connection and clears it.
  await db().$queryRaw`SELECT 1`;
  for (let i = 0; i < 3; i++) {
    gc();
    await nextTurn();
  }
  return ref.deref() === undefined;
}

describe("a finished transaction keeps nothing of the request that ran it", () => {
  // A pooled connection opened inside the "request" keeps its context for as long as it lives (that
  // is the pool's, bounded by its size): open it before.
  beforeEach(async () => {
    await db().$queryRaw`SELECT 1`;
  });

  it("an interactive transaction", async () => {
    const ref = await inRequest(() =>
      db().$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
      }),
    );
    expect(await collected(ref)).toBe(true);
  });

  it("a late query on a closed transaction is still refused", async () => {
    let escaped: Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0] | undefined;
    await db().$transaction(async (tx) => {
      escaped = tx;
    });
    await expect(escaped!.$queryRaw`SELECT 1`).rejects.toThrow(/Transaction/);
  });
});
