import type { ReactNode } from "react";

/**
 * A GET form above a list (its state is the URL, so a filtered list can be bookmarked and
 * works without JavaScript): the fields, the button, then `after` (a way back to the whole
 * list). `search` makes it the page's search landmark.
 */
export function FilterToolbar({
  action,
  className,
  search = false,
  submit,
  after,
  children,
}: {
  action: string;
  className: string;
  search?: boolean;
  submit: string;
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} role={search ? "search" : undefined} className={className}>
      {children}
      <button type="submit" className="button">
        {submit}
      </button>
      {after}
    </form>
  );
}

/** A labelled field of a filter form; `children` is the control whose id is `id` (and its hint or error). */
export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
