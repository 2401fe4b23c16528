import { env } from "../env";
import { logger } from "../logger";

// Runs inside each server instance (started from instrumentation.ts). Instances share the work
// through the database claim in deliver.ts; a kick right after a message is written makes codes
// arrive in about a second instead of waiting for the next poll.

const state = globalThis as unknown as {
  deliveryTimer?: NodeJS.Timeout;
  deliveryRunning?: boolean;
  deliveryAgain?: boolean;
  draftExpiryAt?: number;
};

/** Unused drafts are warned about and deleted (lib/filing/draft-expiry.ts) at most once an hour per server. */
export const DRAFT_EXPIRY_EVERY_MS = 60 * 60 * 1000;

/** Whether the hourly draft expiry pass is due at `now`; marks it as run when it is. */
export function draftExpiryDue(now: number): boolean {
  if (state.draftExpiryAt !== undefined && now - state.draftExpiryAt < DRAFT_EXPIRY_EVERY_MS) return false;
  state.draftExpiryAt = now;
  return true;
}

async function expireDraftsHourly(): Promise<void> {
  if (!draftExpiryDue(Date.now())) return;
  try {
    const { expireDrafts } = await import("../filing/draft-expiry");
    await expireDrafts(new Date());
  } catch (error) {
    logger.error({ err: (error as Error).message }, "draft expiry pass failed");
  }
}

async function runOnce(): Promise<void> {
  if (state.deliveryRunning) {
    state.deliveryAgain = true;
    return;
  }
  state.deliveryRunning = true;
  try {
    const { deliverDueMessages } = await import("./deliver");
    do {
      state.deliveryAgain = false;
      while ((await deliverDueMessages()) > 0) {
        /* keep going while there is work */
      }
    } while (state.deliveryAgain);
  } catch (error) {
    logger.error({ err: (error as Error).message }, "delivery worker pass failed");
  }
  try {
    await expireDraftsHourly();
  } finally {
    state.deliveryRunning = false;
  }
}

export function startDeliveryWorker(): void {
  if (state.deliveryTimer) return;
  state.deliveryTimer = setInterval(() => void runOnce(), env().OUTBOX_POLL_MS);
  state.deliveryTimer.unref();
  void runOnce();
}

/** Asks the worker (if this process runs one) to look now; call after the transaction commits. */
export function kickDeliveryWorker(): void {
  if (!state.deliveryTimer) return;
  setTimeout(() => void runOnce(), 100);
  setTimeout(() => void runOnce(), 700);
}
