// Demo data: `npm run db:seed` (uses DATABASE_URL, or the embedded database when it is not set).
import { prepareEnvironment } from "../lib/env/prepare";

await prepareEnvironment();
const { seedDemoData, DEMO_ACCOUNT, DEMO_OFFICER, DEMO_REPRESENTATIVE } = await import("../lib/demo/seed-demo-data");
const result = await seedDemoData();
if (result.created) {
  console.log(
    `Demo account created: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password} (codes by email: see /dev/outbox; backup code ${result.backupCode}).`,
  );
  console.log("It has three cases; one waits for a response to a request for evidence.");
  console.log(
    `Demo officer created: ${DEMO_OFFICER.email} / ${DEMO_OFFICER.password} (the console at /agency; codes by email; backup code ${result.officerBackupCode}).`,
  );
  console.log(
    `Demo representative created: ${DEMO_REPRESENTATIVE.email} / ${DEMO_REPRESENTATIVE.password} (an attorney with a verified profile; codes by email; backup code ${result.representativeBackupCode}).`,
  );
  if (result.paperCase) {
    console.log('A paper-filed case to add with "Add a paper-filed case" (shown only now):');
    console.log(`  Receipt number: ${result.paperCase.receiptNumber}`);
    console.log(`  Online Access Code: ${result.paperCase.accessCode}`);
  }
} else {
  console.log(`Demo account already there: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}.`);
  console.log(`Demo officer (if this database was seeded with one): ${DEMO_OFFICER.email} / ${DEMO_OFFICER.password}.`);
  console.log(
    `Demo representative (if this database was seeded with one): ${DEMO_REPRESENTATIVE.email} / ${DEMO_REPRESENTATIVE.password}.`,
  );
  console.log('For a paper-filed case to add: npm run agency -- create-case --form I-130 --name "Demo Applicant"');
}
process.exit(0);
