import Link from "next/link";

/** "Messages" in the navigation, with a badge for threads that have a reply not yet opened. */
export function MessagesLink({ unread, label, unreadWords }: { unread: number; label: string; unreadWords: string }) {
  if (unread === 0)
    return (
      <Link href="/messages" data-testid="messages-link">
        {label}
      </Link>
    );
  return (
    <Link href="/messages" data-testid="messages-link">
      {label} <span className="sr-only">({unreadWords})</span>
      <span
        aria-hidden="true"
        data-testid="unread-badge"
        className="ml-1 inline-block min-w-6 rounded-full bg-error px-2 text-center text-sm font-bold text-white no-underline"
      >
        {unread}
      </span>
    </Link>
  );
}
