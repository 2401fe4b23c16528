import Link from "next/link";

/** "Messages" in the navigation, with a badge for threads that have a reply not yet opened. */
export function MessagesLink({ unread }: { unread: number }) {
  if (unread === 0)
    return (
      <Link href="/messages" data-testid="messages-link">
        Messages
      </Link>
    );
  const words = unread === 1 ? "1 unread" : `${unread} unread`;
  return (
    <Link href="/messages" data-testid="messages-link">
      Messages <span className="sr-only">({words})</span>
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
