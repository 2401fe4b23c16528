import "server-only";
import { db } from "../db";
import { env } from "../env";
import { requestInfo } from "../http/request-info";
import { metricsAllowed } from "./metrics-access";
import { metrics } from "./metrics";

/** The Prometheus text for an operator; null (answered as "not found") for anyone else. */
export async function metricsReport(authorization: string | null): Promise<{ body: string; contentType: string } | null> {
  const { METRICS_TOKEN, METRICS_ALLOWED_ADDRESSES } = env();
  const { ip } = await requestInfo();
  if (!metricsAllowed({ token: METRICS_TOKEN, addresses: METRICS_ALLOWED_ADDRESSES }, ip, authorization)) return null;
  const m = metrics();
  const rows = await db().$queryRaw<{ state: string; count: bigint }[]>`
    SELECT CASE WHEN status = 'FAILED' THEN 'failed' ELSE 'pending' END AS state, count(*) AS count
    FROM "OutboundMessage" WHERE status IN ('PENDING', 'SENDING', 'FAILED') GROUP BY 1`;
  m.outbox.set({ state: "pending" }, 0);
  m.outbox.set({ state: "failed" }, 0);
  for (const row of rows) m.outbox.set({ state: row.state }, Number(row.count));
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}
