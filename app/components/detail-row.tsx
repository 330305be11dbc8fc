import type { ReactNode } from "react";

/**
 * One term of a details list (`<dl>`) and its description. A field that may be empty is
 * left out rather than shown blank: `{n.district && <DetailRow term={…}>{n.district}</DetailRow>}`.
 */
export function DetailRow({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
