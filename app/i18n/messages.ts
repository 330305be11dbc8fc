export type Locale = "pl" | "en";
export const LOCALES: Locale[] = ["pl", "en"];

/**
 * One JSON file per domain and language (app/i18n/messages/<locale>/<namespace>.json),
 * so that each domain edits only its own texts.
 */
export async function loadMessages(locale: Locale) {
  const [common, auth, admin, premises, trainings, news, marketplace, organizations, programme, search, figures, media, privacy, activity, accessibility, notifications] = await Promise.all([
    import(`./messages/${locale}/common.json`),
    import(`./messages/${locale}/auth.json`),
    import(`./messages/${locale}/admin.json`),
    import(`./messages/${locale}/premises.json`),
    import(`./messages/${locale}/trainings.json`),
    import(`./messages/${locale}/news.json`),
    import(`./messages/${locale}/marketplace.json`),
    import(`./messages/${locale}/organizations.json`),
    import(`./messages/${locale}/programme.json`),
    import(`./messages/${locale}/search.json`),
    import(`./messages/${locale}/figures.json`),
    import(`./messages/${locale}/media.json`),
    import(`./messages/${locale}/privacy.json`),
    import(`./messages/${locale}/activity.json`),
    import(`./messages/${locale}/accessibility.json`),
    import(`./messages/${locale}/notifications.json`),
  ]);
  return {
    common: common.default,
    auth: auth.default,
    admin: admin.default,
    premises: premises.default,
    trainings: trainings.default,
    news: news.default,
    marketplace: marketplace.default,
    organizations: organizations.default,
    programme: programme.default,
    search: search.default,
    figures: figures.default,
    media: media.default,
    privacy: privacy.default,
    activity: activity.default,
    accessibility: accessibility.default,
    notifications: notifications.default,
  };
}
