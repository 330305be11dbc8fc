import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/**
 * A page's `generateMetadata` whose title is one message of the current locale:
 * `export const generateMetadata = pageTitle("admin", "users.title");`
 * `more` adds fixed fields (e.g. `{ robots: { index: false } }` for pages opened from e-mail links).
 */
export function pageTitle(namespace: string, key: string, more: Omit<Metadata, "title"> = {}): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations(namespace))(key), ...more });
}

/** The same with a description (a public list's introduction) from the same namespace. */
export function pageTitleAndDescription(namespace: string, titleKey: string, descriptionKey: string): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations(namespace);
    return { title: t(titleKey), description: t(descriptionKey) };
  };
}

/**
 * The `generateMetadata` of a page about one object: `load` reads it (by the page's own
 * query) from the route parameters and names its title, and its description when the page
 * has one (the first 160 characters are kept); a missing object's page is titled "404".
 */
export function objectTitle<P>(
  load: (params: P) => Promise<{ title: string | null | undefined; description?: string | null }>,
): (props: { params: Promise<P> }) => Promise<Metadata> {
  return async ({ params }) => {
    const { title, ...more } = await load(await params);
    // Only a page that has a description sets one: an undefined one would hide the layout's.
    return { title: title ?? "404", ...("description" in more ? { description: more.description?.slice(0, 160) } : {}) };
  };
}
