import type { JobPayloads, PurgeKind, TaskName } from "./add-job";

// The portal's scheduled work: what runs, when (cron, UTC), and why. The job queue (graphile-worker)
// starts each entry once per slot however many instances run it, and records every failure.
//
//   every minute   requeue-stalled-messages   messages a killed instance left behind (claimed mid-send,
//                                             or their job taken but not yet claimed) are queued again
//                                             once OUTBOX_CLAIM_MS has passed; the row's claim keeps
//                                             them from being sent twice
//   hourly at :05  send-reminders             7 days and 1 day before a request for evidence is due,
//                                             2 days before an appointment; each at most once
//   hourly at :15  expire-drafts              drafts unused for 23 days are warned about, for 30 deleted
//   hourly at :25  purge sessions             sessions that ended (expired, idle or signed out) over a day ago
//   hourly at :35  purge tokens-and-codes     email links used or expired over 7 days ago (so a link
//                                             opened again still says why it no longer works), one-time
//                                             codes issued over a day ago, backup codes used over a day ago
//   hourly at :45  purge rate-limits          counters whose window began over a day ago (the longest is 12 h)
//   daily 03:30    purge unknown-sign-ins     sign-in tries with unknown emails after 30 days
//   daily 03:40    purge message-bodies       the stored text of messages kept in the local outbox after
//                                             7 days, and of undeliverable account messages (codes and
//                                             links, dead by then) after a day; sent messages never keep it

export type ScheduledJob = { [T in TaskName]: { task: T; match: string; identifier: string; payload: JobPayloads[T] } }[TaskName];

const purge = (what: PurgeKind, match: string): ScheduledJob => ({ task: "purge", match, identifier: `purge-${what}`, payload: { what } });

export const SCHEDULE: ScheduledJob[] = [
  { task: "requeue-stalled-messages", match: "* * * * *", identifier: "requeue-stalled-messages", payload: {} },
  { task: "send-reminders", match: "5 * * * *", identifier: "send-reminders", payload: {} },
  { task: "expire-drafts", match: "15 * * * *", identifier: "expire-drafts", payload: {} },
  purge("sessions", "25 * * * *"),
  purge("tokens-and-codes", "35 * * * *"),
  purge("rate-limits", "45 * * * *"),
  purge("unknown-sign-ins", "30 3 * * *"),
  purge("message-bodies", "40 3 * * *"),
];
