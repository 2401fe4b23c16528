import { env } from "../env";
import { logger } from "../logger";
import { onShutdown } from "../ops/lifecycle";

// Runs inside each server instance (started from instrumentation.ts). Instances share the work
// through the database claim in deliver.ts; a kick right after a message is written makes codes
// arrive in about a second instead of waiting for the next poll.

const state = globalThis as unknown as {
  deliveryTimer?: NodeJS.Timeout;
  deliveryRunning?: boolean;
  deliveryAgain?: boolean;
  deliveryPass?: Promise<void>;
  deliveryStopped?: boolean;
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

function runOnce(): Promise<void> {
  if (state.deliveryStopped) return Promise.resolve();
  if (state.deliveryRunning) {
    state.deliveryAgain = true;
    return state.deliveryPass ?? Promise.resolve();
  }
  state.deliveryRunning = true;
  state.deliveryPass = deliveryPass();
  return state.deliveryPass;
}

async function deliveryPass(): Promise<void> {
  try {
    const { deliverDueMessages } = await import("./deliver");
    do {
      state.deliveryAgain = false;
      while (!state.deliveryStopped && (await deliverDueMessages()) > 0) {
        /* keep going while there is work */
      }
    } while (state.deliveryAgain && !state.deliveryStopped);
  } catch (error) {
    logger.error({ err: (error as Error).message }, "delivery worker pass failed");
  }
  try {
    if (!state.deliveryStopped) await expireDraftsHourly();
  } finally {
    state.deliveryRunning = false;
  }
}

export function startDeliveryWorker(): void {
  if (state.deliveryTimer) return;
  state.deliveryTimer = setInterval(() => void runOnce(), env().OUTBOX_POLL_MS);
  state.deliveryTimer.unref();
  onShutdown("delivery worker", stopDeliveryWorker);
  void runOnce();
}

/** Takes no new work and waits for the batch in hand to be delivered or given back (SIGTERM). */
export async function stopDeliveryWorker(): Promise<void> {
  state.deliveryStopped = true;
  clearInterval(state.deliveryTimer);
  await state.deliveryPass;
  logger.info("delivery worker stopped");
}

/** Asks the worker (if this process runs one) to look now; call after the transaction commits. */
export function kickDeliveryWorker(): void {
  if (!state.deliveryTimer) return;
  setTimeout(() => void runOnce(), 100);
  setTimeout(() => void runOnce(), 700);
}
