"use client";
import { useEffect } from "react";

// Set by a filter form just before it navigates; read once by the next results render.
let pending = false;

/** Call from a search form's submit handler: after the navigation, focus goes to the result count. */
export function requestResultsFocus(): void {
  pending = true;
}

/**
 * Moves focus to the element `target` (the result count, tabIndex -1) after a search made
 * with JavaScript, so that keyboard and screen-reader users land on what changed instead
 * of the top of a form. Render it keyed by the query so that it runs after each search.
 */
export function ResultsFocus({ target }: { target: string }) {
  useEffect(() => {
    if (!pending) return;
    pending = false;
    const el = document.getElementById(target);
    el?.focus();
    el?.scrollIntoView({ block: "start" });
  });
  return null;
}

/** Closes the <details> filter panel around a form (phones: the results are under it). */
export function closeFilterPanel(form: HTMLFormElement | null | undefined): void {
  form?.closest("details.filter-panel")?.removeAttribute("open");
}
