import type { ReactNode } from "react";
import styles from "./admin.module.css";

/**
 * A wide table that may scroll sideways: a focusable, labelled region, so that keyboard
 * users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={`table-wrap ${styles.tableWrap}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
