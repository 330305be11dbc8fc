import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { STATUS_BADGE } from "../premises-card";
import { premisesFacts } from "./facts";
import { PlacesMap } from "../../components/map/map";
import { PrintButton } from "../print-button";
import styles from "../premises.module.css";
import { EnquiryForm } from "./enquiry-form-lazy";
import { Letting } from "./letting";
import { Viewings } from "./viewings";
import { Follow } from "../../components/follow/follow";
import { getDateFormatter } from "../../lib/dates-server";
import { BackLink } from "../../components/back-link";
import { ListSection } from "../../components/list-section";
import { signInHref } from "../../lib/sign-in";
import { isStaffRole } from "../../../entities/roles";

const DetailsQuery = graphql(`
  query PremisesDetails($id: ID!) {
    premises(id: $id) {
      ...PremisesFields
      rentPerM2
      enquiryRecipient
      ownerId
      createdAt
      updatedAt
      photos {
        ...PremisesPhotoFields
      }
    }
  }
`);

const ViewingsLettingQuery = graphql(`
  query PremisesViewingsLetting($id: ID!) {
    premisesViewingSlots(premisesId: $id) { id startsAt endsAt place capacity bookedCount bookedByMe }
    premisesLettingRounds(premisesId: $id) {
      id status deadline minimumRent permittedUse preferentialRent documents acceptsApplications
      result { organizationName rent decidedAt }
      applications { id proposedRent intendedUse organization { name } documents { id fileName size url } }
    }
  }
`);

const ViewingBookingsQuery = graphql(`
  query PremisesViewingBookingsList($id: ID!) {
    premisesViewingBookings(premisesId: $id) { id slotId personName personEmail organization { name } }
  }
`);

const MyEnquiriesQuery = graphql(`
  query PremisesMyEnquiries($id: ID!) {
    myPremisesEnquiries(premisesId: $id) { id status createdAt reply repliedAt repliedByName }
  }
`);

/** Degrees to five places (about a metre), with the page's decimal sign. */
const COORDINATE = { minimumFractionDigits: 5, maximumFractionDigits: 5 } as const;

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  return (await gql(DetailsQuery, { id })).premises;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load((await params).id);
  return { title: p ? `${p.address} — ${p.district}` : (await getTranslations("premises"))("details.notFound") };
}

export default async function PremisesDetailsPage({ params }: Props) {
  const { id } = await params;
  const [p, user, t, tf, format, locale] = await Promise.all([load(id), currentUser(), getTranslations("premises"), getTranslations("notifications.follow"), getFormatter(), getLocale()]);
  const fmtDate = await getDateFormatter();
  if (!p) notFound();
  const money = (n: number) => format.number(n, { style: "currency", currency: "PLN", minimumFractionDigits: 2 });
  const rows = premisesFacts(p, {
    t,
    money,
    number: (n) => format.number(n, { maximumFractionDigits: 2 }),
    date: (iso) => fmtDate(iso, "dateLong"),
    locale,
  });
  const canEnquire = user?.role === "PES_MEMBER";
  // The person's own earlier enquiries: no unnoticed duplicate, and the reply in sight.
  const mine = user ? (await gql(MyEnquiriesQuery, { id: p.id })).myPremisesEnquiries : [];
  const openEnquiry = mine.find((e) => e.status === "NEW");
  const isStaff = isStaffRole(user?.role);
  const vl = await gql(ViewingsLettingQuery, { id: p.id });
  // The official in charge or an admin: what to offer; the API checks every action again.
  const manages = user?.role === "ADMIN" || (user?.role === "OFFICIAL" && p.ownerId === user.id);
  const bookings = manages ? (await gql(ViewingBookingsQuery, { id: p.id })).premisesViewingBookings : [];
  const slots = vl.premisesViewingSlots.map((s) => ({
    id: s.id,
    when: `${fmtDate(s.startsAt, "dateTime")} – ${fmtDate(s.endsAt, "time")}`,
    place: s.place,
    capacity: s.capacity,
    bookedCount: s.bookedCount,
    bookedByMe: s.bookedByMe,
    people: bookings
      .filter((b) => b.slotId === s.id)
      .map((b) => [b.personName, b.personEmail, b.organization?.name].filter(Boolean).join(", ")),
  }));
  const rounds = vl.premisesLettingRounds.map((r) => ({
    id: r.id,
    status: r.status,
    deadline: fmtDate(r.deadline, "dateTime"),
    minimumRent: money(r.minimumRent),
    permittedUse: r.permittedUse ?? null,
    preferentialRent: r.preferentialRent,
    documents: r.documents ?? null,
    acceptsApplications: r.acceptsApplications,
    result: r.result ? t("letting.result", { organization: r.result.organizationName, rent: money(r.result.rent), date: fmtDate(r.result.decidedAt, "date") }) : null,
    applications: r.applications.map((a) => ({
      id: a.id,
      label: `${a.organization?.name ?? "—"}: ${money(a.proposedRent)} — ${a.intendedUse}`,
      documents: a.documents.map((d) => ({ id: d.id, fileName: d.fileName, size: d.size, url: d.url })),
    })),
  }));
  const canBook = user?.role === "RESIDENT" || user?.role === "PES_MEMBER";

  return (
    <article className="stack" aria-labelledby="premises-title">
      <BackLink href="/premises">{t("details.back")}</BackLink>
      <h1 id="premises-title">{p.address}</h1>
      <p>
        <span className={STATUS_BADGE[p.status] ?? "badge"}>{t(`status.${p.status}`)}</span>
      </p>
      <Follow kind="DISTRICT" value={p.district} label={tf("district", { district: p.district })} />
      {/* Phones: the contact and the enquiry sit below the facts, so the main action is linked here. */}
      <p className={`${styles.jumpToAction} no-print`}>
        <a className="button" href="#contact-heading">
          {canEnquire && p.status !== "WITHDRAWN" ? t("details.jumpToEnquiry") : t("details.jumpToContact")}
        </a>
      </p>
      <div className={styles.details}>
        <div className="stack">
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t("details.facts")}</h2>
            <dl className={styles.detailList}>
              {rows.map(([k, v]) => (
                <div key={k} style={{ display: "contents" }}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </section>
          <ListSection name="photos" heading={t("details.photos")} count={p.photos.length}>
            <ul className={styles.gallery}>
              {p.photos.map((ph, i) => (
                <li key={ph.id}>
                  <a href={ph.url}>
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={ph.thumbUrl} alt={ph.alt ?? t("details.photoN", { n: i + 1, address: p.address })} width={480} height={360} loading="lazy" />
                  </a>
                </li>
              ))}
            </ul>
          </ListSection>
          {p.description && (
            <section aria-labelledby="desc-heading">
              <h2 id="desc-heading">{t("fields.description")}</h2>
              <p style={{ whiteSpace: "pre-line" }}>{p.description}</p>
            </section>
          )}
          {p.latitude != null && p.longitude != null && (
            <section aria-labelledby="map-heading">
              <h2 id="map-heading">{t("map.title")}</h2>
              <PlacesMap
                points={[{ id: p.id, latitude: p.latitude, longitude: p.longitude, title: p.address, subtitle: p.district, href: `/premises/${p.id}` }]}
                labels={{ label: t("map.label"), loading: t("map.loading"), unavailable: t("map.unavailable"), open: t("map.openDetails") }}
              />
              <p className="muted">
                {t("map.coordinates", { lat: format.number(p.latitude, COORDINATE), lon: format.number(p.longitude, COORDINATE) })}
              </p>
            </section>
          )}
        </div>
        <aside className="stack">
          <section className="card" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t("details.contact")}</h2>
            {p.contactName || p.contactPhone || p.contactEmail ? (
              <ul style={{ listStyle: "none", padding: 0 }}>
                {p.contactName && <li>{p.contactName}</li>}
                {p.contactPhone && (
                  <li>
                    <a href={`tel:${p.contactPhone.replace(/[^+\d]/g, "")}`}>{p.contactPhone}</a>
                  </li>
                )}
                {p.contactEmail && (
                  <li>
                    <a href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a>
                  </li>
                )}
              </ul>
            ) : (
              <p className="muted">{t("details.noContact")}</p>
            )}
          </section>
          <div className={`${styles.actions} no-print`}>
            <PrintButton label={t("details.print")} />
            {isStaff && (
              <Link className="button button-secondary" href={`/admin/premises/${p.id}/edit`}>
                {t("details.edit")}
              </Link>
            )}
          </div>
          {p.status !== "WITHDRAWN" && <Viewings premisesId={p.id} slots={slots} canBook={canBook} manages={manages} />}
          <Letting
            premisesId={p.id}
            rounds={rounds}
            canApply={canEnquire}
            manages={manages}
            canOpen={manages && p.status === "AVAILABLE" && !rounds.some((r) => r.status === "OPEN")}
            canMarkRented={manages && p.status === "RESERVED"}
          />
          {mine.length > 0 && (
            <section className="card stack" aria-labelledby="my-enquiries-heading" data-testid="my-premises-enquiries">
              <h2 id="my-enquiries-heading">{t("enquiry.mine")}</h2>
              <ul style={{ listStyle: "none", padding: 0, margin: 0 }} className="stack">
                {mine.map((e) => (
                  <li key={e.id}>
                    {t("enquiry.sentOn", { date: fmtDate(e.createdAt, "dateTime") })} —{" "}
                    <strong>{t(`enquiry.state.${e.status}`)}</strong>
                    {e.reply && (
                      <p style={{ whiteSpace: "pre-line", margin: ".25rem 0 0" }}>
                        {t("enquiry.replyFrom", { name: e.repliedByName ?? "—", date: fmtDate(e.repliedAt, "dateTime") })} {e.reply}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
              <p className="no-print" style={{ margin: 0 }}>
                <Link href="/account/activity">{t("enquiry.seeAll")}</Link>
              </p>
            </section>
          )}
          {p.status !== "WITHDRAWN" &&
            (canEnquire ? (
              <>
                {openEnquiry && (
                  <p className="alert alert-info no-print" data-testid="open-enquiry-warning">
                    {t("enquiry.alreadyOpen", { date: fmtDate(openEnquiry.createdAt, "dateTime") })}
                  </p>
                )}
                <EnquiryForm premisesId={p.id} recipient={p.enquiryRecipient ?? null} />
              </>
            ) : (
              <div className="alert alert-info no-print">
                {user ? t("enquiry.onlyPes") : (
                  <>
                    {t("enquiry.signInFirst")}{" "}
                    <Link href={signInHref(`/premises/${p.id}`)}>{t("enquiry.signIn")}</Link>
                  </>
                )}
              </div>
            ))}
        </aside>
      </div>
      <p className="muted">{t("details.updated", { date: fmtDate(p.updatedAt, "date") })}</p>
    </article>
  );
}
