import { metricsReport } from "@/lib/ops/metrics-report";

export const dynamic = "force-dynamic";

// Operators only (METRICS_TOKEN, METRICS_ALLOWED_ADDRESSES); anyone else is told there is no such page.
export async function GET(request: Request) {
  const report = await metricsReport(request.headers.get("authorization"));
  if (!report) return new Response("Page not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(report.body, { headers: { "Content-Type": report.contentType, "Cache-Control": "no-store" } });
}
