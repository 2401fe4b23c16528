import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { accessCodeHash } from "@/lib/cases/access-code";
import { STATUSES } from "@/lib/cases/statuses";
import { pdfText } from "@/tests/support/pdf-text";
import { runAgencyCommand } from "./command";

let folder: string;
let prepared: number;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "agency-"));
  prepared = 0;
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

async function agency(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAgencyCommand(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: folder,
    prepare: async () => {
      prepared++;
    },
  });
  return { code, out, err };
}

async function newCase(form = "I-130", name = "Ana Diaz") {
  const result = await agency("create-case", "--form", form, "--name", name);
  expect(result.code).toBe(0);
  return result.out[0].replace("Receipt number: ", "");
}

const caseRow = (receiptNumber: string) =>
  db().case.findUniqueOrThrow({
    where: { receiptNumber },
    include: { events: { orderBy: { at: "asc" } }, notices: true, evidenceRequests: true },
  });

describe("agency command", () => {
  it("create-case prints the receipt number, the code and its expiry, and writes the Account Access Notice", async () => {
    const { code, out, err } = await agency("create-case", "--form", "i-130", "--name", "Ana Diaz", "--office", "wac");
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/^Receipt number: WAC\d{10}$/);
    expect(out[1]).toMatch(/^Online Access Code: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(out[2]).toMatch(/^Code expires: [A-Z][a-z]+ \d{1,2}, \d{4} \(valid 90 days, usable once\)$/);
    const receiptNumber = out[0].slice("Receipt number: ".length);
    const accessCode = out[1].slice("Online Access Code: ".length);
    const file = out[3].replace("Account Access Notice: ", "");
    expect(path.dirname(file)).toBe(folder);
    expect(path.basename(file)).toMatch(new RegExp(`^${receiptNumber}-account-access-notice-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const text = await pdfText(fs.readFileSync(file));
    expect(text).toContain(`Online Access Code: ${accessCode}`);
    expect(text).toContain(`Receipt number: ${receiptNumber}`);
    expect(text).toContain("Applicant: Ana Diaz");
    const row = await caseRow(receiptNumber);
    expect(row).toMatchObject({ formType: "I-130", applicantName: "Ana Diaz", ownerId: null, accessCodeHash: accessCodeHash(accessCode) });
    expect(prepared).toBe(1);
  });

  it("create-case writes the notice to --out", async () => {
    const { code, out } = await agency("create-case", "--form", "N-400", "--name", "Sam Roe", "--out", "notice.pdf");
    expect(code).toBe(0);
    expect(out[3]).toBe(`Account Access Notice: ${path.join(folder, "notice.pdf")}`);
    expect(await pdfText(fs.readFileSync(path.join(folder, "notice.pdf")))).toContain("Form: N-400, Application for Naturalization");
  });

  it("add-event adds a status to the history, taking any capitalisation", async () => {
    const receiptNumber = await newCase();
    const { code, out } = await agency(
      "add-event",
      "--receipt",
      `${receiptNumber.slice(0, 3)}-${receiptNumber.slice(3)}`,
      "--status",
      "case is being ACTIVELY reviewed",
    );
    expect(code).toBe(0);
    expect(out).toEqual([`${receiptNumber}: status is now "Case Is Being Actively Reviewed".`]);
    const row = await caseRow(receiptNumber);
    expect(row.status).toBe("Case Is Being Actively Reviewed");
    expect(row.events.map((e) => e.status)).toEqual(["Case Was Received", "Case Is Being Actively Reviewed"]);
  });

  it("add-event with an unknown status names the close titles and changes nothing", async () => {
    const receiptNumber = await newCase();
    const { code, out, err } = await agency("add-event", "--receipt", receiptNumber, "--status", "Case Aproved");
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'Unknown status "Case Aproved". Did you mean "Case Was Approved"? npm run agency -- list-statuses shows them all.',
    ]);
    expect((await caseRow(receiptNumber)).events).toHaveLength(1);
  });

  it("issue-notice issues decision and appointment notices and can write the PDF", async () => {
    const receiptNumber = await newCase("I-485");
    const interview = await agency(
      "issue-notice",
      "--receipt",
      receiptNumber,
      "--kind",
      "interview",
      "--at",
      "2099-12-01 09:00",
      "--location",
      "Boston Field Office",
      "--out",
      "interview.pdf",
    );
    expect(interview.code).toBe(0);
    expect(interview.out[0]).toBe(`${receiptNumber}: issued the Interview notice (I-797C).`);
    const text = await pdfText(fs.readFileSync(path.join(folder, "interview.pdf")));
    // Typed in UTC at the command; the notice to mail is dated on the agency's calendar.
    expect(text).toContain("Date and time: December 1, 2099 at 4:00 AM EST");
    expect(text).toContain("Place: Boston Field Office");
    let row = await caseRow(receiptNumber);
    expect(row.status).toBe("Interview Was Scheduled");
    expect(row.actionRequired).toBe(true);
    const notice = row.notices.find((n) => n.kind === "INTERVIEW")!;
    expect(notice.appointmentAt!.toISOString()).toBe("2099-12-01T09:00:00.000Z");
    expect(notice.location).toBe("Boston Field Office");

    expect((await agency("issue-notice", "--receipt", receiptNumber, "--kind", "APPROVAL")).code).toBe(0);
    row = await caseRow(receiptNumber);
    expect(row.status).toBe("Case Was Approved");
    expect(row.notices.map((n) => n.kind).sort()).toEqual(["ACCOUNT_ACCESS", "APPROVAL", "INTERVIEW", "RECEIPT"]);
  });

  it("issue-notice at an office reads --at on the office's clock and takes its address", async () => {
    const receiptNumber = await newCase("I-485");
    const args = ["issue-notice", "--receipt", receiptNumber, "--kind", "interview", "--at", "2099-01-15 09:00"];
    const issued = await agency(...args, "--office", "bos-fo", "--out", "boston.pdf");
    expect(issued).toMatchObject({ code: 0, err: [] });
    const notice = (await caseRow(receiptNumber)).notices.find((n) => n.kind === "INTERVIEW")!;
    expect(notice.appointmentAt!.toISOString()).toBe("2099-01-15T14:00:00.000Z");
    expect(notice.location).toBe("Boston Field Office, 15 New Sudbury Street, Room E-160, Boston, MA 02203");
    expect(await pdfText(fs.readFileSync(path.join(folder, "boston.pdf")))).toContain("9:00 AM EST");

    expect(await agency(...args, "--office", "NOWHERE")).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^Unknown office "NOWHERE"\. Use one of BOS-FO, /)],
    });
    expect(await agency(...args, "--office", "BOS-FO", "--location", "Room 4")).toMatchObject({
      code: 2,
      err: ["Give --office or --location, not both."],
    });
  });

  it("open-rfe opens a request for evidence due at the end of the given day, with its notice", async () => {
    const receiptNumber = await newCase();
    const { code, out } = await agency(
      "open-rfe",
      "--receipt",
      receiptNumber,
      "--due",
      "2099-12-31",
      "--instructions",
      "A copy of your marriage certificate.",
      "--out",
      "rfe.pdf",
    );
    expect(code).toBe(0);
    expect(out[0]).toBe(`${receiptNumber}: opened a request for evidence, due December 31, 2099.`);
    const row = await caseRow(receiptNumber);
    expect(row.status).toBe("Request for Additional Evidence Was Sent");
    expect(row.evidenceRequests.map((r) => [r.instructions, r.dueAt.toISOString()])).toEqual([
      ["A copy of your marriage certificate.", "2099-12-31T23:59:59.999Z"],
    ]);
    const text = await pdfText(fs.readFileSync(path.join(folder, "rfe.pdf")));
    expect(text).toContain("A copy of your marriage certificate.");
    expect(text).toContain("Respond by: December 31, 2099");
  });

  it("list-statuses lists every title, without touching the database", async () => {
    const { code, out } = await agency("list-statuses");
    expect(code).toBe(0);
    expect(out).toEqual(STATUSES.map((s) => s.title));
    expect((await agency("list-statuses", "--explain")).out[0]).toBe(`${STATUSES[0].title}: ${STATUSES[0].explanation}`);
    expect(prepared).toBe(0);
  });

  it("--help and per-command help", async () => {
    const general = await agency("--help");
    expect(general.code).toBe(0);
    expect(general.out.join("\n")).toMatch(/create-case[\s\S]*add-event[\s\S]*issue-notice[\s\S]*open-rfe[\s\S]*list-statuses/);
    for (const name of ["create-case", "add-event", "issue-notice", "open-rfe", "list-statuses"]) {
      const help = await agency(name, "--help");
      expect(help.code).toBe(0);
      expect(help.out.join("\n")).toContain(`Usage: npm run agency -- ${name}`);
      expect((await agency("help", name)).out).toEqual(help.out);
    }
    expect(prepared).toBe(0);
  });

  it("bad input: one line on stderr, exit code 2, nothing changed", async () => {
    const receiptNumber = await newCase();
    const before = await db().case.count();
    const cases: [string[], RegExp][] = [
      [[], /^Give a command: create-case/],
      [["frobnicate"], /^Unknown command "frobnicate"/],
      [["constructor"], /^Unknown command "constructor"/],
      [["toString"], /^Unknown command "toString"/],
      [["create-case", "--name", "Ana Diaz"], /^Give the form with --form/],
      [["create-case", "--form", "I-130"], /^Give the applicant's name with --name/],
      [["create-case", "--form", "I-999", "--name", "Ana Diaz"], /^Unknown form "I-999"/],
      [["create-case", "--form", "I-130", "--name", "Ana Diaz", "--office", "IOE"], /^Unknown paper-filing office "IOE"/],
      [
        ["create-case", "--form", "I-130", "--name", "Ana Diaz", "--out", "missing/notice.pdf"],
        /^Cannot write missing\/notice\.pdf: the folder .* does not exist\.$/,
      ],
      [["create-case", "--form", "I-130", "--name"], /^Option --name needs a value\./],
      [["create-case", "--form", "I-130", "Ana", "Diaz"], /^Unexpected argument "Ana"/],
      [["create-case", "--from", "I-130"], /^Unknown option --from for create-case\./],
      [["add-event", "--status", "Case Was Approved"], /^Give the case's receipt number with --receipt/],
      [
        ["add-event", "--receipt", "EAC12", "--status", "Case Was Approved"],
        /should be a total of 13 characters \(3 character prefix followed by 10 digits\)/,
      ],
      [["add-event", "--receipt", "EAC0000000000", "--status", "Case Was Approved"], /^No case with receipt number EAC0000000000\.$/],
      [["add-event", "--receipt", receiptNumber], /^Give the status with --status/],
      [
        ["issue-notice", "--receipt", receiptNumber, "--kind", "rfe"],
        /^Unknown notice kind "rfe"\. Use one of receipt, biometrics, interview, approval, denial\.$/,
      ],
      [
        ["issue-notice", "--receipt", receiptNumber, "--kind", "biometrics"],
        /^The Biometrics appointment notice \(I-797C\) needs the appointment/,
      ],
      [["issue-notice", "--receipt", receiptNumber, "--kind", "biometrics", "--at", "2099-02-30 09:00"], /is not a date and time/],
      [
        ["issue-notice", "--receipt", receiptNumber, "--kind", "approval", "--at", "2099-02-01 09:00"],
        /^--at, --office and --location are for biometrics and interview notices only\.$/,
      ],
      [
        ["open-rfe", "--receipt", receiptNumber, "--due", "31/12/2099", "--instructions", "x"],
        /is not a date: write the due date as YYYY-MM-DD/,
      ],
      [["open-rfe", "--receipt", receiptNumber, "--due", "2000-01-01", "--instructions", "x"], /^The due date must be in the future\.$/],
      [["open-rfe", "--receipt", receiptNumber, "--due", "2099-12-31"], /^Say what evidence is needed with --instructions/],
    ];
    for (const [argv, message] of cases) {
      const result = await agency(...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.out, argv.join(" ")).toEqual([]);
      expect(result.err, argv.join(" ")).toHaveLength(1);
      expect(result.err[0], argv.join(" ")).toMatch(message);
    }
    expect(await db().case.count()).toBe(before);
    const row = await caseRow(receiptNumber);
    expect(row.events).toHaveLength(1);
    expect(row.notices).toHaveLength(2);
    expect(row.evidenceRequests).toHaveLength(0);
    expect(fs.readdirSync(folder).filter((name) => !name.includes("account-access"))).toEqual([]);
  });

  describe("audit log", () => {
    const auditRows = () =>
      db().auditLog.findMany({
        orderBy: { at: "asc" },
        select: { actorKind: true, actorId: true, actorLabel: true, action: true, caseId: true, detail: true },
      });
    const asCommand = (action: string, caseId: string | null) => ({
      actorKind: "AGENCY_COMMAND",
      actorId: null,
      actorLabel: os.userInfo().username,
      action,
      caseId,
    });

    it("every change writes its row as the agency command, with the operating-system user who ran it", async () => {
      const receiptNumber = await newCase();
      const { id } = await caseRow(receiptNumber);
      expect(await auditRows()).toEqual([{ ...asCommand("case.intake", id), detail: { receiptNumber, formType: "I-130" } }]);

      expect((await agency("add-event", "--receipt", receiptNumber, "--status", "Case Was Approved")).code).toBe(0);
      expect((await agency("issue-notice", "--receipt", receiptNumber, "--kind", "approval")).code).toBe(0);
      const rfe = await agency("open-rfe", "--receipt", receiptNumber, "--due", "2099-12-31", "--instructions", "A photo.");
      expect(rfe.code).toBe(0);
      const email = `officer-${Date.now()}@agency.example`;
      expect((await agency("create-officer", "--email", email)).code).toBe(0);

      expect(await auditRows()).toEqual([
        { ...asCommand("case.intake", id), detail: { receiptNumber, formType: "I-130" } },
        { ...asCommand("case.status_added", id), detail: { status: "Case Was Approved" } },
        { ...asCommand("case.notice_issued", id), detail: { kind: "APPROVAL" } },
        { ...asCommand("case.evidence_requested", id), detail: { dueAt: "2099-12-31T23:59:59.999Z" } },
        { ...asCommand("officer.invited", null), detail: { email, renewed: false } },
      ]);
    });

    it("names the user it is given (the process passes its own)", async () => {
      const out: string[] = [];
      const code = await runAgencyCommand(["create-case", "--form", "I-90", "--name", "Sam Roe"], {
        out: (line) => out.push(line),
        err: () => undefined,
        cwd: folder,
        prepare: async () => undefined,
        osUser: "records-clerk",
      });
      expect(code).toBe(0);
      expect(await auditRows()).toEqual([expect.objectContaining({ actorKind: "AGENCY_COMMAND", actorLabel: "records-clerk" })]);
    });

    it("refused input writes no row, and reading commands write none", async () => {
      const receiptNumber = await newCase();
      const before = await db().auditLog.count();
      expect((await agency("add-event", "--receipt", receiptNumber, "--status", "Case Aproved")).code).toBe(2);
      expect((await agency("add-event", "--receipt", "EAC0000000000", "--status", "Case Was Approved")).code).toBe(2);
      expect((await agency("open-rfe", "--receipt", receiptNumber, "--due", "2000-01-01", "--instructions", "x")).code).toBe(2);
      expect((await agency("issue-notice", "--receipt", receiptNumber, "--kind", "interview")).code).toBe(2);
      expect((await agency("create-officer", "--email", "not-an-email")).code).toBe(2);
      expect((await agency("list-statuses")).code).toBe(0);
      expect(await db().auditLog.count()).toBe(before);
    });
  });
});
