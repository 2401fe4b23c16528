import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { accessCodeHash } from "@/lib/cases/access-code";

// `npm run agency` as a real process against the test database (DATABASE_URL), as people run it.

const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function agency(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["--conditions=react-server", path.join(process.cwd(), "scripts", "agency.ts"), ...args], {
      cwd: process.cwd(),
      env: { ...process.env, INIT_CWD: cwd },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run agency", () => {
  it("create-case prints the receipt number and code, and writes the notice where it was run", { timeout: 60_000 }, async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "agency-run-"));
    try {
      const { code, stdout, stderr } = await agency(["create-case", "--form", "I-130", "--name", "Ana Diaz"], folder);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const receipt = stdout.match(/^Receipt number: (EAC\d{10})$/m)?.[1];
      const accessCode = stdout.match(/^Online Access Code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})$/m)?.[1];
      expect(receipt).toBeDefined();
      expect(stdout).toMatch(/^Code expires: .+$/m);
      const row = await db().case.findUniqueOrThrow({ where: { receiptNumber: receipt } });
      expect(row.accessCodeHash).toBe(accessCodeHash(accessCode));
      const files = fs.readdirSync(folder);
      expect(files).toEqual([expect.stringMatching(new RegExp(`^${receipt}-account-access-notice-.*\\.pdf$`))]);
      expect(stdout).toContain(`Account Access Notice: ${path.join(folder, files[0])}`);
      expect(
        await db().auditLog.findMany({
          where: { caseId: row.id },
          select: { actorKind: true, actorId: true, actorLabel: true, action: true },
        }),
      ).toEqual([{ actorKind: "AGENCY_COMMAND", actorId: null, actorLabel: os.userInfo().username, action: "case.intake" }]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("bad input gives one line on stderr, no stack trace, and exit code 2", { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await agency(
      ["add-event", "--receipt", "EAC0000000000", "--status", "Case Was Approved"],
      os.tmpdir(),
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("No case with receipt number EAC0000000000.\n");
    const unknown = await agency(["create-case", "--form", "I-130", "--nmae", "Ana"], os.tmpdir());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("Unknown option --nmae for create-case. See npm run agency -- create-case --help.\n");
  });

  it("--help prints the commands", { timeout: 60_000 }, async () => {
    const { code, stdout } = await agency(["--help"], os.tmpdir());
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: npm run agency -- <command> [options]");
  });
});
