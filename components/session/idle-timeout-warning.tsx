"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { describeIdleLimit, describeRemaining, formatCountdown } from "@/lib/sessions/idle-limit-text";
import { saveDrafts } from "./kept-drafts";

type Status = { signedIn: false } | { signedIn: true; remainingMs: number; warningMs: number; idleLimited: boolean };

const ANNOUNCE_AT_SECONDS = new Set([30, 10]);

async function fetchStatus(method: "GET" | "POST"): Promise<Status | null> {
  try {
    const response = await fetch("/api/session", { method, cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return null;
    return (await response.json()) as Status;
  } catch {
    // Offline for a moment: act on what we knew, and ask again later.
    return null;
  }
}

/**
 * The idle-timeout warning (DESIGN.md §5): shortly before the server ends an inactive session, a
 * modal dialog counts down and offers to keep the person signed in. The server's answer decides:
 * another tab may have kept the session alive, so it is asked again before warning and before
 * leaving.
 */
export function IdleTimeoutWarning({
  idleMinutes,
  owner,
  signOutAction,
}: {
  idleMinutes: number;
  owner: string;
  signOutAction: (form: FormData) => Promise<void>;
}) {
  const t = useTranslations();
  const pathname = usePathname();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepButtonRef = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const deadline = useRef<number>(Number.POSITIVE_INFINITY);
  const lastAnnounced = useRef<number | null>(null);
  const [open, setOpen] = useState(false);
  const [now, setNow] = useState(0);
  const [shownDeadline, setShownDeadline] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [idleLimited, setIdleLimited] = useState(true);

  const leave = useCallback(() => {
    saveDrafts(owner);
    window.location.assign("/sign-in?reason=timed-out");
  }, [owner]);

  // An answer that arrives after the page has gone (the sign-up's last step replaces its session
  // and moves on while a question is out) changes nothing.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const apply = useCallback(
    (status: Status | null, { fromExpiry = false, confirming = false } = {}) => {
      if (!mounted.current) return;
      clearTimeout(timer.current);
      if (status && !status.signedIn) {
        // A "no" may answer a question sent with a cookie that has just been replaced (the sign-up's
        // last step, a sign-in in another tab): ask once more, with the browser's cookie of then.
        if (confirming) return leave();
        timer.current = setTimeout(() => void fetchStatus("GET").then((s) => apply(s, { fromExpiry, confirming: true })), 2_000);
        return;
      }
      if (!status) {
        // No answer: try again shortly, and never sign anyone out on a guess.
        timer.current = setTimeout(() => void fetchStatus("GET").then((s) => apply(s, { fromExpiry })), 5_000);
        return;
      }
      if (fromExpiry && status.remainingMs < 1_000) return leave();
      deadline.current = Date.now() + status.remainingMs;
      setShownDeadline(deadline.current);
      setIdleLimited(status.idleLimited);
      setNow(Date.now());
      if (status.remainingMs <= status.warningMs) {
        setOpen(true);
        timer.current = setTimeout(() => void fetchStatus("GET").then((s) => apply(s, { fromExpiry: true })), status.remainingMs + 250);
      } else {
        setOpen(false);
        timer.current = setTimeout(() => void fetchStatus("GET").then((s) => apply(s)), status.remainingMs - status.warningMs);
      }
    },
    [leave],
  );

  // Every page of the account area is a request that counts as activity: start over on each.
  useEffect(() => {
    void fetchStatus("GET").then((s) => apply(s));
    return () => clearTimeout(timer.current);
  }, [pathname, apply]);

  // A tab in the background may have its timers slowed: check again when it comes back.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible")
        void fetchStatus("GET").then((s) => apply(s, { fromExpiry: Date.now() >= deadline.current }));
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [apply]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      keepButtonRef.current?.focus();
      const seconds = Math.ceil((deadline.current - Date.now()) / 1000);
      lastAnnounced.current = seconds;
      setAnnouncement(t("ui.session.announcement", { remaining: describeRemaining(seconds * 1000, t) }));
    } else if (!open && dialog.open) {
      dialog.close();
      setAnnouncement("");
    }
    if (!open) return;
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(tick);
  }, [open, t]);

  // A polite announcement at each whole minute and at 30 and 10 seconds, not every second.
  const remainingMs = shownDeadline === null ? 0 : Math.max(0, shownDeadline - now);
  const seconds = Math.ceil(remainingMs / 1000);
  useEffect(() => {
    if (!open || seconds === lastAnnounced.current) return;
    if ((seconds > 0 && seconds % 60 === 0) || ANNOUNCE_AT_SECONDS.has(seconds)) {
      lastAnnounced.current = seconds;
      setAnnouncement(t("ui.session.announcement", { remaining: describeRemaining(seconds * 1000, t) }));
    }
  }, [open, seconds, t]);

  const keepSignedIn = useCallback(async () => {
    setOpen(false);
    apply(await fetchStatus("POST"));
  }, [apply]);

  // The texts are drawn only while the warning is open: a closed dialog shows nothing, and every
  // account page rendered them on the server for nobody (about half a millisecond a page).
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={open ? "idle-warning-heading" : undefined}
      aria-describedby={open ? "idle-warning-description" : undefined}
      data-testid="idle-warning"
      onCancel={(event) => {
        // Escape keeps the person signed in rather than closing the warning unanswered.
        event.preventDefault();
        if (idleLimited) void keepSignedIn();
      }}
      className="m-auto w-[min(32rem,calc(100%-2rem))] border-t-8 border-warning bg-white p-6 text-ink shadow-xl backdrop:bg-black/60"
    >
      {open && (
        <>
          <h2 id="idle-warning-heading" className="mt-0">
            {idleLimited ? t("ui.session.stillThere") : t("ui.session.aboutToEnd")}
          </h2>
          <p id="idle-warning-description">
            {idleLimited ? t("ui.session.idleText", { limit: describeIdleLimit(idleMinutes, t) }) : t("ui.session.absoluteText")}
          </p>
          <p className="mb-6 text-4xl font-bold tabular-nums" aria-hidden="true" data-testid="idle-countdown">
            {formatCountdown(remainingMs)}
          </p>
        </>
      )}
      <p role="status" aria-live="polite" className="sr-only" data-testid="idle-announcement">
        {announcement}
      </p>
      {open && (
        <div className="flex flex-wrap items-center gap-4">
          {idleLimited && (
            <button ref={keepButtonRef} type="button" className={buttonClass("primary")} onClick={() => void keepSignedIn()}>
              {t("ui.session.keep")}
            </button>
          )}
          <form action={signOutAction}>
            <Button type="submit" variant="outline">
              {t("ui.session.signOut")}
            </Button>
          </form>
        </div>
      )}
    </dialog>
  );
}
