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
