import { getT } from "@/lib/i18n/request";

export async function SiteFooter({ agencyName }: { agencyName: string }) {
  const t = await getT();
  return (
    <footer className="mt-16 border-t border-line bg-paper">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm">
        <p className="mb-1">{t("common.footer.independent", { agency: agencyName })}</p>
        <p className="mb-0">{t("common.footer.neverShare")}</p>
      </div>
    </footer>
  );
}
