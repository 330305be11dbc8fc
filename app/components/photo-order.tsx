/** The photo ids with the one at `i` moved one place earlier (-1) or later (1). */
export function movedOrder(ids: string[], i: number, by: -1 | 1): string[] {
  const next = [...ids];
  [next[i], next[i + by]] = [next[i + by], next[i]];
  return next;
}

type OrderKey = "cover" | "earlier" | "later" | "earlierLabel" | "laterLabel";

/**
 * The cover badge and the earlier/later buttons of one photo in a photo manager —
 * buttons rather than drag and drop, so that keyboards and screen readers can do it.
 * `t` is the manager's translations (each has the same five keys).
 */
export function PhotoOrderButtons(props: { index: number; count: number; t: (key: OrderKey, values?: { n: number }) => string; disabled?: boolean; onMove: (by: -1 | 1) => void }) {
  const { index: i, count, t } = props;
  return (
    <>
      {i === 0 && <span className="badge">{t("cover")}</span>}
      {i > 0 && (
        <button type="button" className="link-button" disabled={props.disabled} aria-label={t("earlierLabel", { n: i + 1 })} onClick={() => props.onMove(-1)}>
          ← {t("earlier")}
        </button>
      )}{" "}
      {i < count - 1 && (
        <button type="button" className="link-button" disabled={props.disabled} aria-label={t("laterLabel", { n: i + 1 })} onClick={() => props.onMove(1)}>
          {t("later")} →
        </button>
      )}{" "}
    </>
  );
}
