import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Offset pagination for back-office tables; keeps the other query parameters. */
export async function Pagination({
  path,
  params,
  page,
  pageSize,
  total,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const t = await getTranslations("admin.pagination");
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  return (
    <nav className="pagination no-print" aria-label={t("label")}>
      {page > 1 && (
        <Link className="button button-secondary" href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span aria-current="page">{t("page", { page, pages })}</span>
      {page < pages && (
        <Link className="button button-secondary" href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}

/** `?page=` as a positive integer within reason. */
export function pageParam(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}
