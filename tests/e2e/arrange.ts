// Browser tests arrange cases, requests for evidence and messages through the portal's lib
// functions (tests/e2e/arrange-script.ts, run in its own process: lib is server-only), never by
// copying what those functions write.
import type { ArrangeOp } from "./arrange-script";
import { runProjectScript } from "./agency";

export async function arrange<T>(request: ArrangeOp): Promise<T> {
  const out = await runProjectScript("tests/e2e/arrange-script.ts", [JSON.stringify(request)]);
  const last = out.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`Unexpected output from arrange-script.ts ${request.op}: ${out}`);
  }
}
