import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../gql";
import { nextCursor } from "../lib/next-page";
import type { Audience, TrainingKind, TrainingsPageQuery } from "../gql/graphql";
import { GraphQLRequestError, gql } from "../lib/graphql-server";
import { formatDateTime, formatRange, monthRange } from "./format";
import styles from "./trainings.module.css";
import { Follow } from "../components/follow/follow";
import { FilterPanel, SkipToResults } from "../components/filter-panel";
import { Options } from "../components/forms/options";
import { pageTitleAndDescription } from "../lib/page-title";
import type { SearchParams } from "../lib/search-params";
import { inlineList } from "../lib/inline-list";
import { FilterField } from "../components/filter-toolbar";

const TrainingsQuery = graphql(`
  query TrainingsPage($first: Int, $after: String, $upcoming: Boolean, $filter: TrainingFilter) {
    trainings(first: $first, after: $after, upcoming: $upcoming, filter: $filter) {
      totalCount
      pageInfo { ...NextPage }
      edges {
        node {
          id
          kind
          title
          venue
          startsAt
          endsAt
          registrationDeadline
          capacity
          seatsLeft
          waitlistCount
          audience
          online
          topics
          cancelledAt
          myRegistration {
            status
            waitlistPosition
          }
        }
      }
    }
  }
`);

export const generateMetadata = pageTitleAndDescription("trainings.list", "title", "intro");

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const KINDS: TrainingKind[] = ["TRAINING", "MEETING"];
const AUDIENCES: Audience[] = ["OFFICIALS", "PES", "RESIDENTS"];

export default async function TrainingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const [t, tk, ta, tc, tr, tf, tfo, locale] = await Promise.all([
    getTranslations("trainings.list"),
    getTranslations("trainings.kind"),
    getTranslations("trainings.audience"),
    getTranslations("trainings.card"),
    getTranslations("trainings.status"),
    getTranslations("common"),
    getTranslations("notifications.follow"),
    getLocale(),
  ]);
  const view = one(sp.view) === "past" ? "past" : one(sp.view) === "all" ? "all" : "upcoming";
  const kind = KINDS.find((k) => k === one(sp.kind));
  const audience = AUDIENCES.find((a) => a === one(sp.audience));
  const topic = one(sp.topic)?.trim().slice(0, 120) || undefined;
  const month = one(sp.month);
  const range = month ? monthRange(month) : null;
  const after = one(sp.after);

  let data: TrainingsPageQuery | null = null;
  let failed = false;
  try {
    data = await gql(TrainingsQuery, {
      first: 20,
      after: after && after.length < 2000 ? after : undefined,
      upcoming: view === "upcoming" ? true : view === "past" ? false : undefined,
      filter: { kind, audience, topic, startsFrom: range?.from, startsBefore: range?.to },
    });
  } catch (e) {
    if (!(e instanceof GraphQLRequestError)) throw e;
    failed = true;
  }

  const next = nextCursor(data?.trainings.pageInfo);
  const params = (over: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    const all = { view: view === "upcoming" ? undefined : view, kind, audience, topic, month: range ? month : undefined, ...over };
    for (const [k, v] of Object.entries(all)) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `/trainings?${s}` : "/trainings";
  };

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <p className="no-print">
        <a href="/trainings/calendar.ics">{t("feed")}</a>
      </p>
      <div className="follows no-print">
        <Follow kind="TRAINING_KIND" value="TRAINING" label={tfo("trainingKinds.TRAINING")} />
        <Follow kind="TRAINING_KIND" value="MEETING" label={tfo("trainingKinds.MEETING")} />
      </div>

      <nav aria-label={t("title")}>
        <ul className={styles.tabs}>
          {(["upcoming", "past", "all"] as const).map((v) => (
            <li key={v}>
              <Link href={params({ view: v === "upcoming" ? undefined : v, after: undefined })} aria-current={view === v ? "page" : undefined}>
                {t(v)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <FilterPanel active={[kind, audience, topic, range].filter(Boolean).length}>
      <form method="get" action="/trainings#results" className={`card no-print ${styles.filters}`} aria-label={t("filters")}>
        <SkipToResults />
        {view !== "upcoming" && <input type="hidden" name="view" value={view} />}
        <FilterField id="f-kind" label={t("kind")}>
          <select id="f-kind" name="kind" defaultValue={kind ?? ""}>
            <Options values={KINDS} label={(k) => tk(k)} empty={t("any")} />
          </select>
        </FilterField>
        <FilterField id="f-audience" label={t("audience")}>
          <select id="f-audience" name="audience" defaultValue={audience ?? ""}>
            <Options values={AUDIENCES} label={(a) => ta(a)} empty={t("any")} />
          </select>
        </FilterField>
        <FilterField id="f-topic" label={t("topic")}>
          <input id="f-topic" name="topic" defaultValue={topic ?? ""} maxLength={120} />
        </FilterField>
        <FilterField id="f-month" label={t("month")}>
          <input id="f-month" name="month" type="month" defaultValue={range ? month : ""} />
        </FilterField>
        <div className="filter-submit">
          <button type="submit" className="button">
            {data && !failed ? tf("filters.show", { count: data.trainings.totalCount }) : t("apply")}
          </button>
          <Link href={view === "upcoming" ? "/trainings" : `/trainings?view=${view}`}>{t("clear")}</Link>
        </div>
      </form>
      </FilterPanel>

      {/* Target of "skip to results" and of the form's #results: the list starts here. */}
      <span id="results" />
      {failed || !data ? (
        <p className="alert alert-error" role="alert">
          {t("empty")}
        </p>
      ) : data.trainings.edges.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <>
          <p aria-live="polite">
            {t("count", { count: data.trainings.totalCount })}
          </p>
          <ul className={styles.list}>
            {data.trainings.edges.map(({ node: n }) => (
              <li key={n.id} className="card">
                <h2 style={{ marginTop: 0, fontSize: "1.2rem" }}>
                  <Link href={`/trainings/${n.id}`}>{n.title}</Link>
                </h2>
                <p className={styles.meta}>
                  <span className="badge">{tk(n.kind)}</span>
                  {n.cancelledAt && <span className="badge badge-danger">{tc("cancelled")}</span>}
                  {n.online && <span className="badge">{tc("online")}</span>}
                  {n.myRegistration && (
                    <span className={`badge ${n.myRegistration.status === "CONFIRMED" ? "badge-success" : "badge-warning"}`}>
                      {tr(n.myRegistration.status)}
                      {n.myRegistration.waitlistPosition ? ` (${n.myRegistration.waitlistPosition})` : ""}
                    </span>
                  )}
                </p>
                <p className={styles.meta}>
                  <span>{formatRange(n.startsAt, n.endsAt, locale)}</span>
                  <span>{n.venue}</span>
                </p>
                <p className={styles.meta}>
                  <span>{inlineList(n.audience.map((a) => ta(a)), locale)}</span>
                  {!n.cancelledAt && new Date(n.endsAt) > new Date() && (
                    <strong>
                      {tc("seatsLeft", { count: n.seatsLeft })} {tc("of", { capacity: n.capacity })}
                    </strong>
                  )}
                  {n.waitlistCount > 0 && <span>{tc("waitlist", { count: n.waitlistCount })}</span>}
                  {n.registrationDeadline && new Date(n.registrationDeadline) > new Date() && (
                    <span>{tc("deadline", { date: formatDateTime(n.registrationDeadline, locale) })}</span>
                  )}
                </p>
                {n.topics.length > 0 && (
                  <p className={styles.meta}>
                    {n.topics.map((tp) => (
                      <Link key={tp} className="badge tag" href={params({ topic: tp, after: undefined })}>
                        {tp}
                      </Link>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <nav className="pagination no-print" aria-label={t("pagination")}>
            {after && <Link href={params({ after: undefined })}>{t("first")}</Link>}
            {next && (
              <Link href={params({ after: next })}>{t("next")}</Link>
            )}
          </nav>
        </>
      )}
    </>
  );
}
