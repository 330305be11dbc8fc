/** The languages of the site and of every e-mail; Polish first and the default. */
export const LOCALES = ["pl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Anything stored or sent as a language, read as one of ours (unknown → Polish). */
export const toLocale = (value: string | null | undefined): Locale => (value === "en" ? "en" : "pl");
