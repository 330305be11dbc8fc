import type { MatrixEntry } from "./matrix";

/** Search and figures are public; what they return is public data only (tests/integration/search). */
export const SEARCH_MATRIX: MatrixEntry[] = [
  { op: "Query.search", doc: `{ search(query: "Toruń") { totalCount } }`, vars: () => ({}), allow: "everyone" },
  {
    op: "Query.programmeFigures",
    doc: `{ programmeFigures { premises { offered } newsletter { confirmedSubscribers } } }`,
    vars: () => ({}),
    allow: "everyone",
    check: (r, _fx, actor) => {
      const staff = actor === "official" || actor === "admin";
      expect(Boolean((r.data as any).programmeFigures.newsletter)).toBe(staff);
    },
  },
  {
    // The monitoring detail (per training, per month, per district) is for staff only.
    op: "Query.programmeFiguresDetail",
    doc: `{ programmeFiguresDetail { trainings { id title registered } subscribersByMonth { month total } noticesByKind { kind handedOver } } }`,
    vars: () => ({}),
    allow: ["official", "admin"],
    deniedData: (data) => data?.programmeFiguresDetail,
  },
];
