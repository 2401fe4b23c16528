// Test setup shared by the message integration tests: applicants with a case, an officer, files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { createPaperCase } from "@/lib/cases/agency-operations";
import { resetEnvCache } from "@/lib/env";
import { resetFileStorage } from "@/lib/storage/storage";
import { createUser, sessionFor } from "@/tests/support/sign-up-fixtures";

export const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("rest of a png")]);
export const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), Buffer.from("This program cannot be run in DOS mode.")]);

export const file = (bytes: Buffer, name: string, type = "application/pdf") => new File([new Uint8Array(bytes)], name, { type });

/** A fresh upload directory per test; returns a reader of what is stored there and a cleanup. */
export function useUploadDir(): { list: () => string[]; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "messages-"));
  process.env.UPLOAD_DIR = dir;
  resetEnvCache();
  resetFileStorage();
  return {
    list: () => (fs.existsSync(dir) ? fs.readdirSync(dir) : []),
    cleanup: () => {
      fs.rmSync(dir, { recursive: true, force: true });
      resetFileStorage();
    },
  };
}

/** A finished applicant who owns one paper case, with a full session. */
export async function applicantWithCase() {
  const user = await createUser("COMPLETE");
  const created = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
  await db().case.update({ where: { id: created.id }, data: { ownerId: user.id, linkedAt: new Date() } });
  return { user, session: await sessionFor(user.id, "FULL"), caseId: created.id, receiptNumber: created.receiptNumber };
}

export async function officer() {
  const user = await createUser("COMPLETE");
  await db().user.update({ where: { id: user.id }, data: { role: "OFFICER" } });
  return { user, session: await sessionFor(user.id, "FULL") };
}

/** Everything a refused call must leave as it was. */
export async function messageCounts() {
  const [threads, messages, documents, outbox, audit] = await Promise.all([
    db().messageThread.count(),
    db().message.count(),
    db().document.count(),
    db().outboundMessage.count(),
    db().auditLog.count(),
  ]);
  const rows = await db().messageThread.findMany({ orderBy: { id: "asc" }, select: { id: true, lastMessageAt: true, awaitingAgencySince: true, unreadByApplicant: true } });
  return { threads, messages, documents, outbox, audit, rows };
}
