import Link from "next/link";
import { MessagesLink } from "@/components/messages/messages-link";
import { HeaderMenu } from "./header-menu";

/** The header every page shares: skip link, the independent-portal note, the agency's name. */
/** `session`: none, part-way (sign-up or second step pending), or fully signed in as an applicant, a representative or an officer. */
/** `unreadMessages`: the applicant's threads with a reply they have not opened. */
/** `signOutAction`: the Sign out button's server action (the layout passes it in). */
export function SiteHeader({
  agencyName,
  session,
  unreadMessages = 0,
  signOutAction,
}: {
  agencyName: string;
  session: "none" | "partial" | "applicant" | "representative" | "officer";
  unreadMessages?: number;
  signOutAction: (form: FormData) => Promise<void>;
}) {
  const home = { none: "/", partial: "/", applicant: "/dashboard", representative: "/representative", officer: "/agency" }[session];
  return (
    <header>
      <a
        href="#main-content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        Skip to main content
      </a>
      <div className="bg-paper text-sm">
        <p className="mx-auto mb-0 max-w-5xl px-4 py-1.5" data-testid="independent-note">
          An independent applicant portal. This is not an official government website.
        </p>
      </div>
      <div className="border-b-4 border-primary bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <Link href={home} className="min-w-0 flex-1 text-xl font-bold text-ink no-underline visited:text-ink hover:text-primary-dark">
            {agencyName} <span className="font-normal text-muted">Applicant Portal</span>
          </Link>
          {session === "none" ? (
            <nav aria-label="Account">
              <ul className="flex flex-wrap gap-x-4 gap-y-1 whitespace-nowrap">
                <li>
                  <Link href="/sign-in">Sign in</Link>
                </li>
                <li>
                  <Link href="/sign-up">Create an account</Link>
                </li>
              </ul>
            </nav>
          ) : session === "partial" ? (
            <nav aria-label="Account">
              <SignOut action={signOutAction} />
            </nav>
          ) : (
            <HeaderMenu>
              <nav aria-label="Account">
                <ul className="flex flex-col border-t border-line pt-1 whitespace-nowrap *:py-1.5 sm:flex-row sm:items-center sm:gap-4 sm:border-0 sm:pt-0 sm:*:py-0">
                  {session === "officer" && (
                    <li>
                      <Link href="/agency">Officer console</Link>
                    </li>
                  )}
                  {session === "representative" && (
                    <>
                      <li>
                        <Link href="/representative">My clients</Link>
                      </li>
                      <li>
                        <Link href="/settings">Account settings</Link>
                      </li>
                    </>
                  )}
                  {session === "applicant" && (
                    <>
                      <li>
                        <Link href="/dashboard">My cases</Link>
                      </li>
                      <li>
                        <MessagesLink unread={unreadMessages} />
                      </li>
                      <li>
                        <Link href="/settings">Account settings</Link>
                      </li>
                    </>
                  )}
                  <li>
                    <SignOut action={signOutAction} />
                  </li>
                </ul>
              </nav>
            </HeaderMenu>
          )}
        </div>
      </div>
    </header>
  );
}

function SignOut({ action }: { action: (form: FormData) => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="cursor-pointer text-primary underline underline-offset-2 hover:text-primary-dark">
        Sign out
      </button>
    </form>
  );
}
