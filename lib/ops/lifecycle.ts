// What a server instance does when it is told to stop (server.ts, on SIGTERM): /api/ready answers
// 503 so the load balancer sends no new work, and background work registered here (the delivery
// worker) finishes what it holds and stops. Kept on globalThis: server.ts and the app's bundle are
// separate copies of this module in one process.

type Lifecycle = { stopping: boolean; hooks: Map<string, () => Promise<void>> };

const KEY = Symbol.for("portal.lifecycle");
const slot = globalThis as unknown as { [KEY]?: Lifecycle };
const state: Lifecycle = (slot[KEY] ??= { stopping: false, hooks: new Map() });

/** Registers what to finish before the process exits; a second registration under `name` replaces the first. */
export function onShutdown(name: string, stop: () => Promise<void>): void {
  state.hooks.set(name, stop);
}

export function isStopping(): boolean {
  return state.stopping;
}

/** From now on /api/ready answers 503 and responses close their connections. */
export function markStopping(): void {
  state.stopping = true;
}

/** Marks the instance as stopping and runs every shutdown hook; resolves with the names of any that failed. */
export async function shutDown(): Promise<string[]> {
  state.stopping = true;
  const entries = [...state.hooks.entries()];
  state.hooks.clear();
  const results = await Promise.allSettled(entries.map(([, stop]) => stop()));
  return entries.filter((_, index) => results[index].status === "rejected").map(([name]) => name);
}
