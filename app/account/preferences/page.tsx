import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { FollowButton } from "../../components/follow/follow-button";
import { followOutcome } from "../../components/follow/follow";
import { ActionStatus } from "../../components/forms/action-status";
import { PreferencesForm } from "./preferences-form";
import { pageTitle } from "../../lib/page-title";
import { redirectToSignIn } from "../../lib/sign-in";

const MyPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    notificationPreferences { kind delivery }
    myFollows { kind value label }
  }
`);

export const generateMetadata = pageTitle("notifications", "preferences.title");

/** One page for how each kind of notification e-mail arrives, and where the other e-mails are managed. */
export default async function PreferencesPage() {
  if (!(await currentUser())) redirectToSignIn("/account/preferences");
  const [t, tf, data, outcome] = await Promise.all([
    getTranslations("notifications.preferences"),
    getTranslations("notifications.follow"),
    gql(MyPreferencesQuery),
    followOutcome(),
  ]);
  // Unfollowed without JavaScript, a thing leaves the list with its button: its outcome shows above the list.
  const unlisted = outcome.unlisted(data.myFollows);
  // What the list calls each followed thing: a kind of training by its name, the rest by their own.
  const label = (f: { kind: string; value: string; label: string }) =>
    f.kind === "TRAINING_KIND" && (f.value === "TRAINING" || f.value === "MEETING")
      ? tf(`trainingKinds.${f.value}`)
      : f.kind === "DISTRICT"
        ? tf("district", { district: f.label })
        : f.kind === "MARKETPLACE_CATEGORY"
          ? tf("category", { category: f.label })
          : f.label;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      {/* Plain objects: a GraphQL result's rows have null prototypes, which client components refuse. */}
      <PreferencesForm preferences={data.notificationPreferences.map((p) => ({ kind: p.kind, delivery: p.delivery }))} />
      <section aria-labelledby="follows-heading" className="stack" data-testid="my-follows">
        <h2 id="follows-heading">{tf("title")}</h2>
        <p>{tf("lead")}</p>
        {unlisted && <ActionStatus status={{ ...unlisted, seq: 0 }} />}
        {data.myFollows.length === 0 ? (
          <p className="muted">{tf("none")}</p>
        ) : (
          <ul className="stack">
            {data.myFollows.map((f) => (
              <li key={`${f.kind}:${f.value}`}>
                <span className="badge">{tf(`kinds.${f.kind}`)}</span> {label(f)}
                <FollowButton kind={f.kind} value={f.value} label={label(f)} following result={outcome.of(f.kind, f.value, label(f))} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="other-mail">
        <h2 id="other-mail">{t("otherTitle")}</h2>
        <ul>
          <li><Link href="/newsletter">{t("newsletter")}</Link></li>
          <li><Link href="/premises#alerts-heading">{t("savedSearches")}</Link></li>
          <li><Link href="/marketplace">{t("categories")}</Link></li>
        </ul>
      </section>
    </div>
  );
}
