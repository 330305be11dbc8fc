/** A page's query string as Next.js gives it: a key given twice is an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** What Next.js gives a page under the route parameters `P` (`{ id: string }`): them, and its query string. */
export interface PageProps<P> {
  params: Promise<P>;
  searchParams: Promise<SearchParams>;
}

/** A query-string value given once, cut to `max` characters; "" when it is missing or repeated. */
export function textParam(value: string | string[] | undefined, max: number): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}
