/** Category codes of the API (server/modules/news/news.inputs.ts NEWS_CATEGORIES), for pages and forms. */
export const NEWS_CATEGORY_CODES = ["AWARDS", "MEETINGS", "TRAININGS", "PLATFORM", "MONITORING_TEAM", "OTHER"] as const;
export type NewsCategoryCode = (typeof NEWS_CATEGORY_CODES)[number];
export const isCategory = (c: unknown): c is NewsCategoryCode => NEWS_CATEGORY_CODES.includes(c as NewsCategoryCode);
