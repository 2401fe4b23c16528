import fs from "node:fs";
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { agencyCommandActor, type AuditActor } from "../audit/audit-actor";
import { addStatusEvent, AgencyInputError, createPaperCase, issueNotice, openEvidenceRequest } from "../cases/agency-operations";
import { FORM_TYPES } from "../cases/forms";
import { readerFor } from "../i18n/translator";
import { OFFICES } from "../cases/receipt-number";
import { STATUSES } from "../cases/statuses";
import { formatUtcDate, formatUtcDateTime } from "../format";
import { inviteOfficer } from "./invite-officer";
import { intakeAccessNoticePdf, noticePdf } from "../notices/notice-pdf";
import { canonicalStatus, closeStatuses } from "./status-suggestions";
import { dateTimeOption, dueDateOption, noticeKindOption, officeOption, receiptOption } from "./parse-inputs";
import { OFFICES as APPOINTMENT_OFFICES, officeInfo } from "../appointments/offices";
import { ISSUABLE_NOTICE_KINDS, needsAppointment, noticeTitle } from "../notices/notice-kinds";
import { listOnlineFilings } from "../filing/filings-for-officer";
import { FORM_DEFINITIONS } from "../filing/definitions";
import { formatCents } from "../payments/money";

// `npm run agency -- <command>`: what the agency does to cases, from a terminal. Bad input gets one
// line on stderr and exit code 2; anything else that fails gets one line and exit code 1. Every
// change writes its audit row as the agency command, naming the operating-system user who ran it.

export type CommandIO = {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where files without a folder in their name go. */
  cwd: string;
  /** Connects to the database; called only by commands that need it. */
  prepare: () => Promise<void>;
  /** Who ran the command, for the audit log (default: the operating-system user of this process). */
  osUser?: string;
};

type Values = Record<string, string | boolean | undefined>;
type Command = {
  summary: string;
  usage: string;
  details: string[];
  options: NonNullable<ParseArgsConfig["options"]>;
  run: (values: Values, io: CommandIO) => Promise<void>;
};

const RUN = "npm run agency --";
const PAPER_OFFICES = Object.keys(OFFICES).filter((office) => office !== "IOE");

/** The audit log's name for this run of the command. */
function actor(io: CommandIO): AuditActor {
  return agencyCommandActor(io.osUser);
}

function text(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** The output file, checked before anything changes so a bad path does not leave a half-done intake. */
function outputPath(io: CommandIO, out: string | undefined, defaultName: () => string): () => string {
  if (out !== undefined) {
    if (!out.trim()) throw new AgencyInputError("--out needs a file name, like --out notice.pdf.");
    const resolved = path.resolve(io.cwd, out);
    if (!fs.existsSync(path.dirname(resolved)) || !fs.statSync(path.dirname(resolved)).isDirectory()) {
      throw new AgencyInputError(`Cannot write ${out}: the folder ${path.dirname(resolved)} does not exist.`);
    }
    if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) throw new AgencyInputError(`Cannot write ${out}: it is a folder.`);
    return () => resolved;
  }
  return () => path.resolve(io.cwd, defaultName());
}

const COMMANDS: Record<string, Command> = {
  "create-case": {
    summary: "Take in a paper-filed case: prints its receipt number and Online Access Code, writes the Account Access Notice",
    usage: `${RUN} create-case --form I-130 --name "Ana Diaz" [--office EAC] [--out notice.pdf]`,
    details: [
      `--form     the form number: ${FORM_TYPES.join(", ")}`,
      "--name     the applicant's name as on the form",
      `--office   the receiving office (default EAC): ${PAPER_OFFICES.join(", ")}`,
      "--out      where to write the Account Access Notice PDF (default: <receipt>-account-access-notice-<date>.pdf here)",
      "The code is shown once and stored only as a hash: it is in the output and on the notice, nowhere else.",
    ],
    options: { form: { type: "string" }, name: { type: "string" }, office: { type: "string" }, out: { type: "string" } },
    async run(values, io) {
      const formType = text(values, "form");
      const applicantName = text(values, "name");
      if (!formType) throw new AgencyInputError(`Give the form with --form: one of ${FORM_TYPES.join(", ")}.`);
      if (!applicantName) throw new AgencyInputError('Give the applicant\'s name with --name, like --name "Ana Diaz".');
      let fileName = "";
      const target = outputPath(io, text(values, "out"), () => fileName);
      await io.prepare();
      const created = await createPaperCase({ formType, applicantName, office: text(values, "office"), by: actor(io) });
      const pdf = await intakeAccessNoticePdf(created.id, { code: created.accessCode, expiresAt: created.accessCodeExpiresAt });
      fileName = pdf.fileName;
      io.out(`Receipt number: ${created.receiptNumber}`);
      io.out(`Online Access Code: ${created.accessCode}`);
      io.out(`Code expires: ${formatUtcDate(created.accessCodeExpiresAt)} (valid 90 days, usable once)`);
      try {
        fs.writeFileSync(target(), pdf.bytes);
        io.out(`Account Access Notice: ${target()}`);
      } catch (error) {
        io.err(`The case was created, but the Account Access Notice could not be written to ${target()}: ${(error as Error).message}`);
        throw new CommandFailed();
      }
    },
  },
  "add-event": {
    summary: "Add a status event to a case's history (it becomes the current status)",
    usage: `${RUN} add-event --receipt EAC2612345678 --status "Case Was Approved"`,
    details: ["--receipt  the case's receipt number", `--status   one of the status titles (${RUN} list-statuses)`],
    options: { receipt: { type: "string" }, status: { type: "string" } },
    async run(values, io) {
      const receiptNumber = receiptOption(text(values, "receipt"));
      const input = text(values, "status");
      if (!input)
        throw new AgencyInputError(
          `Give the status with --status, like --status "Case Was Approved" (${RUN} list-statuses shows them all).`,
        );
      const status = canonicalStatus(input);
      if (!status) {
        const close = closeStatuses(input);
        const hint = close.length ? ` Did you mean ${close.map((title) => `"${title}"`).join(" or ")}?` : "";
        throw new AgencyInputError(`Unknown status "${input}".${hint} ${RUN} list-statuses shows them all.`);
      }
      await io.prepare();
      await addStatusEvent(receiptNumber, status, { by: actor(io) });
      io.out(`${receiptNumber}: status is now "${status}".`);
    },
  },
  "issue-notice": {
    summary: "Issue a notice on a case (appointment and decision notices also change its status)",
    usage: `${RUN} issue-notice --receipt EAC2612345678 --kind ${Object.keys(ISSUABLE_NOTICE_KINDS).join("|")} [--at "2026-12-01 09:00"] [--office BOS-FO | --location "..."] [--out notice.pdf]`,
    details: [
      "--receipt   the case's receipt number",
      `--kind      ${Object.keys(ISSUABLE_NOTICE_KINDS).join(", ")}`,
      '--at        biometrics and interview notices: the appointment, "YYYY-MM-DD HH:MM" on the office\'s clock (UTC with --location)',
      `--office    biometrics and interview notices: the office (its address and time zone): ${APPOINTMENT_OFFICES.map((o) => o.code).join(", ")}`,
      "--location  instead of --office: where to go, in words",
      "--out       also write the notice PDF to this file",
      `Requests for evidence have their own command: ${RUN} open-rfe --help`,
    ],
    options: {
      receipt: { type: "string" },
      kind: { type: "string" },
      at: { type: "string" },
      office: { type: "string" },
      location: { type: "string" },
      out: { type: "string" },
    },
    async run(values, io) {
      const receiptNumber = receiptOption(text(values, "receipt"));
      const kind = noticeKindOption(text(values, "kind"));
      const at = text(values, "at");
      const appointment = needsAppointment(kind);
      if (appointment && !at) throw new AgencyInputError(`The ${noticeTitle(kind)} needs the appointment: --at "YYYY-MM-DD HH:MM".`);
      if (!appointment && (at || values.location || values.office))
        throw new AgencyInputError("--at, --office and --location are for biometrics and interview notices only.");
      if (values.office !== undefined && values.location !== undefined)
        throw new AgencyInputError("Give --office or --location, not both.");
      const office = officeOption(text(values, "office"));
      const location = text(values, "location")?.trim();
      if (location !== undefined && (!location || location.length > 300))
        throw new AgencyInputError("--location needs a place (at most 300 characters).");
      const appointmentAt = at ? dateTimeOption(at, "at", office ? officeInfo(office).timeZone : undefined) : undefined;
      const out = text(values, "out");
      const target = out !== undefined ? outputPath(io, out, () => out) : null;
      await io.prepare();
      const notice = await issueNotice(receiptNumber, kind, { appointmentAt, location, office, by: actor(io) });
      io.out(`${receiptNumber}: issued the ${noticeTitle(kind)}.`);
      if (target) await writeNotice(io, target(), notice.id);
    },
  },
  "open-rfe": {
    summary: "Open a request for evidence on a case (issues its notice; the applicant responds online)",
    usage: `${RUN} open-rfe --receipt EAC2612345678 --due 2026-12-31 --instructions "A copy of your marriage certificate." [--out notice.pdf]`,
    details: [
      "--receipt       the case's receipt number",
      "--due           the last day to respond, YYYY-MM-DD",
      "--instructions  what evidence is needed, in plain words",
      "--out           also write the request's notice PDF to this file",
    ],
    options: { receipt: { type: "string" }, due: { type: "string" }, instructions: { type: "string" }, out: { type: "string" } },
    async run(values, io) {
      const receiptNumber = receiptOption(text(values, "receipt"));
      const dueAt = dueDateOption(text(values, "due"));
      const instructions = text(values, "instructions");
      if (!instructions?.trim())
        throw new AgencyInputError(
          'Say what evidence is needed with --instructions, like --instructions "A copy of your birth certificate."',
        );
      const out = text(values, "out");
      const target = out !== undefined ? outputPath(io, out, () => out) : null;
      await io.prepare();
      await openEvidenceRequest(receiptNumber, { instructions, dueAt, by: actor(io) });
      io.out(`${receiptNumber}: opened a request for evidence, due ${formatUtcDate(dueAt)}.`);
      if (target) {
        const notice = await noticePdf({ case: { receiptNumber }, kind: "REQUEST_FOR_EVIDENCE" });
        fs.writeFileSync(target(), notice!.bytes);
        io.out(`Notice: ${target()}`);
      }
    },
  },
  "create-officer": {
    summary: "Invite an officer: prints a one-time link, valid 24 hours, to set up the officer's account",
    usage: `${RUN} create-officer --email officer@agency.example`,
    details: [
      "--email  the officer's work email address (it must not already belong to an applicant)",
      "Through the link the officer confirms the address and sets a password, a verification method, a backup code and reset questions.",
      "Running it again before the officer has set a password replaces the link. Give the link to the officer yourself: it is not emailed.",
    ],
    options: { email: { type: "string" } },
    async run(values, io) {
      const email = text(values, "email");
      if (!email?.trim()) throw new AgencyInputError("Give the officer's email with --email, like --email officer@agency.example.");
      await io.prepare();
      const invitation = await inviteOfficer(email, actor(io));
      io.out(`${invitation.renewed ? "New invitation" : "Invitation"} for ${invitation.email} (officer).`);
      io.out(`Invitation link: ${invitation.link}`);
      io.out(
        `Valid until ${formatUtcDateTime(invitation.expiresAt)}, usable once.${invitation.renewed ? " Earlier links for this officer no longer work." : ""}`,
      );
    },
  },
  "list-filings": {
    summary: "List the forms filed online, newest first: receipt or confirmation number, form, applicant, fee and status",
    usage: `${RUN} list-filings [--form ${FORM_DEFINITIONS.map((d) => d.id).join("|")}] [--limit 50]`,
    details: [
      `--form   only this form: ${FORM_DEFINITIONS.map((d) => d.id).join(", ")}`,
      "--limit  how many to show (default 50, at most 1000)",
      "A change of address (AR-11) makes no case: it shows its confirmation number and the account instead.",
    ],
    options: { form: { type: "string" }, limit: { type: "string" } },
    async run(values, io) {
      const formInput = text(values, "form");
      const known = FORM_DEFINITIONS.map((d) => d.id);
      const formType = formInput === undefined ? undefined : known.find((id) => id === formInput.trim().toUpperCase());
      if (formInput !== undefined && !formType)
        throw new AgencyInputError(`Unknown form "${formInput}". Forms filed online: ${known.join(", ")}.`);
      const limitInput = text(values, "limit") ?? "50";
      const limit = /^\d{1,4}$/.test(limitInput.trim()) ? Number(limitInput.trim()) : NaN;
      if (!(limit >= 1 && limit <= 1000)) throw new AgencyInputError("--limit needs a whole number from 1 to 1000.");
      await io.prepare();
      const filings = await listOnlineFilings({ formType, limit });
      if (filings.length === 0) {
        io.out(formType ? `No ${formType} has been filed online yet.` : "Nothing has been filed online yet.");
        return;
      }
      for (const filing of filings) {
        const fee = filing.feeCents > 0 ? formatCents(filing.feeCents) : "no fee";
        const who = filing.receiptNumber
          ? `${filing.receiptNumber}  ${filing.formType}  ${filing.applicantName}  ${fee}  "${filing.status}"`
          : `${filing.confirmationNumber}  ${filing.formType}  ${filing.ownerEmail}  ${fee}`;
        io.out(`${formatUtcDateTime(filing.submittedAt)}  ${who}`);
      }
    },
  },
  "list-statuses": {
    summary: "List the status titles add-event accepts",
    usage: `${RUN} list-statuses [--explain]`,
    details: ["--explain  also show each title's plain-language explanation"],
    options: { explain: { type: "boolean" } },
    async run(values, io) {
      for (const status of STATUSES) io.out(values.explain ? `${status.title}: ${status.explanation}` : status.title);
    },
  },
};

async function writeNotice(io: CommandIO, file: string, noticeId: string) {
  const pdf = await noticePdf({ id: noticeId });
  fs.writeFileSync(file, pdf!.bytes);
  io.out(`Notice: ${file}`);
}

class CommandFailed extends Error {}

function generalHelp(io: CommandIO) {
  io.out(`The agency command: work on cases in the database named by DATABASE_URL (the embedded one when it is not set).`);
  io.out("");
  io.out(`Usage: ${RUN} <command> [options]`);
  io.out("");
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  for (const [name, command] of Object.entries(COMMANDS)) io.out(`  ${name.padEnd(width)}  ${command.summary}`);
  io.out("");
  io.out(`${RUN} <command> --help shows a command's options.`);
}

function commandHelp(io: CommandIO, name: string) {
  const command = COMMANDS[name];
  io.out(`${command.summary}.`);
  io.out("");
  io.out(`Usage: ${command.usage}`);
  io.out("");
  for (const line of command.details) io.out(`  ${line}`);
}

/** parseArgs' own messages speak to programmers; these speak to the person at the terminal. */
function argumentProblem(error: { code?: string; message: string }, commandName: string): string {
  const quoted = error.message.match(/'(-[^' ]+)/)?.[1] ?? error.message.match(/'([^']+)'/)?.[1];
  const help = `See ${RUN} ${commandName} --help.`;
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unknown option ${quoted ?? ""} for ${commandName}. ${help}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `Option ${quoted ?? ""} needs a value. ${help}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Unexpected argument ${quoted ? `"${quoted}"` : ""}: put values after their option, and quote values with spaces. ${help}`;
    default:
      return `${error.message} ${help}`;
  }
}

/** Runs one agency command; resolves to the process exit code. Its messages are in English. */
export async function runAgencyCommand(argv: string[], output: CommandIO): Promise<number> {
  const english = readerFor("en", "UTC");
  const io: CommandIO = { ...output, out: (line) => output.out(english.text(line)), err: (line) => output.err(english.text(line)) };
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(`Give a command: ${Object.keys(COMMANDS).join(", ")}. See ${RUN} --help.`);
    return 2;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    if (topic && Object.hasOwn(COMMANDS, topic)) commandHelp(io, topic);
    else generalHelp(io);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    io.err(`Unknown command "${first}". Commands: ${Object.keys(COMMANDS).join(", ")}. See ${RUN} --help.`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    commandHelp(io, first);
    return 0;
  }
  try {
    const { values } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false });
    await command.run(values as Values, io);
    return 0;
  } catch (error) {
    const known = error as { code?: string; message: string };
    if (typeof known.code === "string" && known.code.startsWith("ERR_PARSE_ARGS")) {
      io.err(argumentProblem(known, first));
      return 2;
    }
    if (error instanceof AgencyInputError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof CommandFailed) return 1;
    io.err(`The command failed: ${(known.message ?? String(error)).split("\n").find((line) => line.trim()) ?? "unknown error"}`);
    return 1;
  }
}
