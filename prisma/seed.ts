// Demo data: `npm run db:seed` (uses DATABASE_URL, or the embedded database when it is not set).
import { prepareEnvironment } from "../lib/env/prepare";

await prepareEnvironment();
const { seedDemoData, DEMO_ACCOUNT } = await import("../lib/demo/seed-demo-data");
const result = await seedDemoData();
if (result.created) {
  console.log(`Demo account created: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password} (codes by email: see /dev/outbox; backup code ${result.backupCode}).`);
} else {
  console.log(`Demo account already there: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}.`);
}
process.exit(0);
