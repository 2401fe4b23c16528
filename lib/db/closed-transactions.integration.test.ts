import { AsyncLocalStorage } from "node:async_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
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
  for (let i = 0; i < 3; i++) {
    gc();
    await nextTurn();
  }
  return ref.deref() === undefined;
}

describe("a finished transaction keeps nothing of the request that ran it", () => {
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
