import Link from "next/link";

/**
 * The links between the pages of a long list: "previous" (or "newer") and "next" (or "older"), in a
 * labelled nav, and nothing when the list fits on one page. Each list words its own labels.
 */
export function PageLinks({
  label,
  page,
  pageCount,
  href,
  previous,
  next,
}: {
  label: string;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  previous: string;
  next: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex gap-6">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          {previous}
        </Link>
      )}
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next">
          {next}
        </Link>
      )}
    </nav>
  );
}
