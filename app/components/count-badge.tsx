/**
 * A count beside a link's text: the number shown, its meaning said to screen readers
 * instead ("3" alone would be read without saying of what). Nothing at zero.
 */
export function CountBadge({ count, label, testId }: { count: number; label: string; testId?: string }) {
  if (count <= 0) return null;
  return (
    <>
      {" "}
      <span className="badge badge-warning" aria-hidden="true" data-testid={testId}>
        {count}
      </span>
      <span className="visually-hidden"> ({label})</span>
    </>
  );
}
