import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { gql } from "../../lib/graphql-server";
import { PlacesMap } from "../../components/map/map";
import { formatDateTime, formatRange } from "../format";
import type { ClosedReason } from "./registration-button";
import { RegistrationPanel } from "./registration-panel";
import { GroupRegistration } from "./group-registration";
import { currentUser } from "../../lib/session";
import styles from "../trainings.module.css";
import { BackLink } from "../../components/back-link";
import { objectTitle } from "../../lib/page-title";
import { inlineList } from "../../lib/inline-list";
import { DetailRow } from "../../components/detail-row";
import { ListSection } from "../../components/list-section";

const TrainingQuery = graphql(`
  query TrainingPage($id: ID!) {
    training(id: $id) {
      ...TrainingFields
      online
      seatsLeft
      confirmedCount
      waitlistCount
      registrationClosedReason
      seatsByAudience {
        audience
        quota
        confirmedCount
        seatsLeft
      }
      questions {
        ...TrainingQuestionFields
      }
      materials {
        ...TrainingMaterialLink
        fileName
      }
      myGroup {
        id
        attendeeName
        attendeeEmail
        status
      }
      myRegistration {
        id
        status
        waitlistPosition
        checkInCode
        checkInQrSvg
        attended
      }
    }
  }
`);

type Params = Promise<{ id: string }>;

export const generateMetadata = objectTitle(async ({ id }: { id: string }) => {
  const { training } = await gql(TrainingQuery, { id });
  return { title: training?.title, description: training?.description };
});

export default async function TrainingPage({ params }: { params: Params }) {
  const { id } = await params;
  const [data, t, tk, ta, tc, tRegister, locale, viewer, tm] = await Promise.all([
    gql(TrainingQuery, { id }),
    getTranslations("trainings.detail"),
    getTranslations("trainings.kind"),
    getTranslations("trainings.audience"),
    getTranslations("trainings.card"),
    getTranslations("trainings.register"),
    getLocale(),
    currentUser(),
    getTranslations("trainings.materials"),
  ]);
  const tr = data.training;
  if (!tr) notFound();
  const mapUrl = tr.address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(tr.address)}` : null;
  const upcoming = new Date(tr.endsAt) > new Date();

  return (
    <article>
      <BackLink href="/trainings">{t("back")}</BackLink>
      <p>
        <span className="badge">{tk(tr.kind)}</span>
      </p>
      <h1>{tr.title}</h1>
      {/* Phones: registration sits below the programme; link it here. */}
      <p className="jump-to-action no-print">
        <a className="button" href="#registration-heading">
          {tRegister("heading")}
        </a>
      </p>
      {tr.cancelledAt && (
        <p className="alert alert-error" role="status">
          {t("cancelledAlert")}
        </p>
      )}
      <div className={styles.layout}>
        <div className="stack">
          <dl className={styles.details}>
            <dt>{t("when")}</dt>
            <dd>{formatRange(tr.startsAt, tr.endsAt, locale)}</dd>
            <dt>{t("where")}</dt>
            <dd>
              {tr.venue}
              {tr.address && <>, {tr.address}</>}
              {/* On paper the address says it: the search link's long encoded address was printed after it. */}
              {mapUrl && (
                <span className="no-print">
                  {" "}
                  (<a href={mapUrl} rel="noopener noreferrer" target="_blank">{t("map")}</a>)
                </span>
              )}
              {tr.online && (
                <>
                  <br />
                  {tr.onlineUrl ? (
                    <a href={tr.onlineUrl} rel="noopener noreferrer">
                      {t("onlineLink")}
                    </a>
                  ) : (
                    <span className="muted">{t("onlineHidden")}</span>
                  )}
                </>
              )}
            </dd>
            <dt>{t("audience")}</dt>
            <dd>{inlineList(tr.audience.map((a) => ta(a)), locale)}</dd>
            {tr.host && <DetailRow term={t("host")}>{tr.host}</DetailRow>}
            {tr.trainers.length > 0 && <DetailRow term={t("trainers")}>{tr.trainers.join(", ")}</DetailRow>}
            {tr.topics.length > 0 && (
              <>
                <dt>{t("topics")}</dt>
                <dd>
                  {tr.topics.map((tp) => (
                    <Link key={tp} className="badge tag" href={`/trainings?view=all&topic=${encodeURIComponent(tp)}`} style={{ marginRight: "0.4rem" }}>
                      {tp}
                    </Link>
                  ))}
                </dd>
              </>
            )}
            <dt>{t("deadline")}</dt>
            <dd>{tr.registrationDeadline ? formatDateTime(tr.registrationDeadline, locale) : t("noDeadline")}</dd>
          </dl>
          <ListSection name="materials" heading={tm("heading")} count={tr.materials.length}>
            <ul data-testid="materials">
              {tr.materials.map((m) => (
                <li key={m.id}>
                  <a href={m.url} {...(m.isFile ? { download: m.fileName ?? true } : { rel: "noopener noreferrer", target: "_blank" })}>
                    {m.title}
                  </a>
                  {m.isFile ? ` (${tm("file")})` : ` (${tm("link")})`}
                </li>
              ))}
            </ul>
          </ListSection>
          {tr.description && (
            <div>
              {tr.description.split(/\n{2,}/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          )}
          {tr.latitude != null && tr.longitude != null && (
            <section aria-labelledby="map-heading" className="no-print">
              <h2 id="map-heading">{t("mapTitle")}</h2>
              <PlacesMap
                points={[{ id: tr.id, latitude: tr.latitude, longitude: tr.longitude, title: tr.venue, subtitle: tr.address ?? undefined, href: `/trainings/${tr.id}` }]}
                labels={{ label: t("mapLabel"), loading: t("mapLoading"), unavailable: t("mapUnavailable"), open: tr.venue }}
                zoom={16}
              />
              {/* Also the whole answer without JavaScript, where the map above is not drawn: the
                  heading stood alone over the calendar link. */}
              <p>
                {[tr.venue, tr.address].filter(Boolean).join(", ")} —{" "}
                <a href={`https://www.openstreetmap.org/directions?from=&to=${tr.latitude}%2C${tr.longitude}#map=16/${tr.latitude}/${tr.longitude}`} rel="noopener noreferrer" data-testid="directions-link">
                  {t("directions")}
                </a>
              </p>
            </section>
          )}
          <p className="no-print">
            <a href={`/trainings/${tr.id}/calendar.ics`} download>
              {t("calendar")}
            </a>
            {tr.myRegistration?.attended && (
              <>
                {" · "}
                <a href={`/trainings/${tr.id}/certificate.pdf`} download>
                  {t("certificate")}
                </a>
              </>
            )}
          </p>
        </div>

        <aside className="card stack" aria-labelledby="registration-heading">
          <h2 id="registration-heading" style={{ marginTop: 0 }}>
            {tRegister("heading")}
          </h2>
          {upcoming && !tr.cancelledAt && (
            <p>
              <strong>{tc("seatsLeft", { count: tr.seatsLeft })}</strong> {tc("of", { capacity: tr.capacity })}
              {tr.waitlistCount > 0 && <> · {tc("waitlist", { count: tr.waitlistCount })}</>}
            </p>
          )}
          {tr.seatsByAudience.some((s) => s.quota !== null) && (
            <>
              <h3 style={{ fontSize: "1rem", marginBottom: 0 }}>{t("seatsByAudience")}</h3>
              <ul className="plain">
                {tr.seatsByAudience.map((s) => (
                  <li key={s.audience}>
                    {ta(s.audience)}: {s.quota === null ? t("quotaUnlimited") : t("quota", { quota: s.quota })} —{" "}
                    {tc("seatsLeft", { count: s.seatsLeft })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <RegistrationPanel
            trainingId={tr.id}
            registration={
              // GraphQL results have null prototypes; client components need plain objects.
              tr.myRegistration
                ? { status: tr.myRegistration.status, waitlistPosition: tr.myRegistration.waitlistPosition, checkInCode: tr.myRegistration.checkInCode }
                : null
            }
            closedReason={(tr.registrationClosedReason as ClosedReason) ?? null}
            seatsLeft={tr.seatsLeft}
            askDietary={tr.askDietary}
            askAccessibility={tr.askAccessibility}
            consentText={tr.consentText}
            questions={tr.questions.map((q) => ({ ...q, options: [...q.options] }))}
          />
          {(viewer?.role === "PES_MEMBER" || tr.myGroup.length > 0) && (
            <GroupRegistration
              trainingId={tr.id}
              open={viewer?.role === "PES_MEMBER" && !tr.registrationClosedReason && tr.audience.includes("PES")}
              questions={tr.questions.map((q) => ({ ...q, options: [...q.options] }))}
              consentText={tr.consentText ?? null}
              group={tr.myGroup.map((g) => ({ id: g.id, attendeeName: g.attendeeName ?? null, attendeeEmail: g.attendeeEmail ?? null, status: g.status }))}
            />
          )}
          {tr.myRegistration?.checkInQrSvg && (
            // Generated by our server from a URL and a code we made: no user markup inside.
            <div aria-label={tRegister("checkInCode", { code: tr.myRegistration.checkInCode ?? "" })} role="img" style={{ maxWidth: 200 }} dangerouslySetInnerHTML={{ __html: tr.myRegistration.checkInQrSvg }} />
          )}
        </aside>
      </div>
    </article>
  );
}
