// Runs once when a server instance starts: settings are checked (bad ones stop the server with a
// message naming them), the embedded database is started when no DATABASE_URL is set, and the
// delivery worker for email and SMS starts inside this instance.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareEnvironment } = await import("./lib/env/prepare");
  await prepareEnvironment();
  const { startDeliveryWorker } = await import("./lib/notify/worker");
  startDeliveryWorker();
}
