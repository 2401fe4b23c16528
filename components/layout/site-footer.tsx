export function SiteFooter({ agencyName }: { agencyName: string }) {
  return (
    <footer className="mt-16 border-t border-line bg-paper">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm">
        <p className="mb-1">
          {agencyName} Applicant Portal is an independent service. It is not affiliated with or endorsed by any government agency.
        </p>
        <p className="mb-0">Never share your password, verification codes or backup code with anyone.</p>
      </div>
    </footer>
  );
}
