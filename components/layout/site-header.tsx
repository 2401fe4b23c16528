import Link from "next/link";
import { MessagesLink } from "@/components/messages/messages-link";
import { getReader } from "@/lib/i18n/request";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitch } from "./language-switch";

/** The header every page shares: skip link, the independent-portal note, the agency's name. */
/** `session`: none, part-way (sign-up or second step pending), or fully signed in as an applicant, a representative or an officer. */
/** `unreadMessages`: the applicant's threads with a reply they have not opened. */
/** `signOutAction`, `chooseLanguageAction`: the Sign out and language buttons' server actions (the layout passes them in). */
export async function SiteHeader({
  agencyName,
  session,
  unreadMessages = 0,
  signOutAction,
  chooseLanguageAction,
}: {
  agencyName: string;
  session: "none" | "partial" | "applicant" | "representative" | "officer";
  unreadMessages?: number;
  signOutAction: (form: FormData) => Promise<void>;
  chooseLanguageAction: (form: FormData) => Promise<void>;
}) {
  const { t, locale } = await getReader();
  const signOut = <SignOut action={signOutAction} label={t("common.header.signOut")} />;
  const home = { none: "/", partial: "/", applicant: "/dashboard", representative: "/representative", officer: "/agency" }[session];
  return (
    <header>
      <a
        href="#main-content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        {t("common.header.skipToMain")}
      </a>
      <div className="bg-paper text-sm">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-1.5">
          <p className="mb-0" data-testid="independent-note">
            {t("common.header.independentNote")}
          </p>
          <LanguageSwitch locale={locale} label={t("common.header.language")} action={chooseLanguageAction} />
        </div>
      </div>
      <div className="border-b-4 border-primary bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <Link href={home} className="min-w-0 flex-1 text-xl font-bold text-ink no-underline visited:text-ink hover:text-primary-dark">
            {agencyName} <span className="font-normal text-muted">{t("common.header.portalName")}</span>
          </Link>
          {session === "none" ? (
            <nav aria-label={t("common.header.accountNav")}>
              <ul className="flex flex-wrap gap-x-4 gap-y-1 whitespace-nowrap">
                <li>
                  <Link href="/sign-in">{t("common.header.signIn")}</Link>
                </li>
                <li>
                  <Link href="/sign-up">{t("common.header.createAccount")}</Link>
                </li>
              </ul>
            </nav>
          ) : session === "partial" ? (
            <nav aria-label={t("common.header.accountNav")}>{signOut}</nav>
          ) : (
            <HeaderMenu label={t("common.header.menu")}>
              <nav aria-label={t("common.header.accountNav")}>
                <ul className="flex flex-col border-t border-line pt-1 whitespace-nowrap *:py-1.5 sm:flex-row sm:items-center sm:gap-4 sm:border-0 sm:pt-0 sm:*:py-0">
                  {session === "officer" && (
                    <li>
                      <Link href="/agency">{t("common.header.officerConsole")}</Link>
                    </li>
                  )}
                  {session === "representative" && (
                    <>
                      <li>
                        <Link href="/representative">{t("common.header.myClients")}</Link>
                      </li>
                      <li>
                        <Link href="/settings">{t("common.header.accountSettings")}</Link>
                      </li>
                    </>
                  )}
                  {session === "applicant" && (
                    <>
                      <li>
                        <Link href="/dashboard">{t("common.header.myCases")}</Link>
                      </li>
                      <li>
                        <MessagesLink
                          unread={unreadMessages}
                          label={t("common.header.messages")}
                          unreadWords={t("common.header.unread", { count: unreadMessages })}
                        />
                      </li>
                      <li>
                        <Link href="/settings">{t("common.header.accountSettings")}</Link>
                      </li>
                    </>
                  )}
                  <li>{signOut}</li>
                </ul>
              </nav>
            </HeaderMenu>
          )}
        </div>
      </div>
    </header>
  );
}

function SignOut({ action, label }: { action: (form: FormData) => Promise<void>; label: string }) {
  return (
    <form action={action}>
      <button type="submit" className="cursor-pointer text-primary underline underline-offset-2 hover:text-primary-dark">
        {label}
      </button>
    </form>
  );
}
