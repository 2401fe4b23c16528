import "server-only";

/**
 * Waits until `floorMs` have passed since `startedAt` (a performance.now() reading), for answers
 * whose timing must not tell which path ran (an email with an account or without). Work that takes
 * longer than the floor is not hidden, so the floor sits well above the slower path's usual time.
 */
export async function waitForFloor(startedAt: number, floorMs: number): Promise<void> {
  const left = startedAt + floorMs - performance.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}
