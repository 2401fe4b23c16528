// Where this process keeps its running job worker, on globalThis: the worker is started from
// Next.js's instrumentation (its own module copy) and stopped from server.ts on SIGTERM. No database
// imports here, so server.ts can load it outside React's server condition.

type Handle = { stop: () => Promise<void> };
const slot = globalThis as unknown as { portalJobWorker?: Handle | "starting" };

export function claimWorkerSlot(): boolean {
  if (slot.portalJobWorker) return false;
  slot.portalJobWorker = "starting";
  return true;
}

export function setWorkerHandle(handle: Handle | undefined): void {
  slot.portalJobWorker = handle;
}

/**
 * Stops this process's job worker, if it runs one: it takes no new jobs, lets the running ones
 * finish (at most `graceMs`, then their locks are released for another instance), and closes its
 * connections.
 */
export async function stopJobWorker(graceMs = 10_000): Promise<void> {
  const handle = slot.portalJobWorker;
  slot.portalJobWorker = undefined;
  if (!handle || handle === "starting") return;
  await Promise.race([handle.stop(), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
}
