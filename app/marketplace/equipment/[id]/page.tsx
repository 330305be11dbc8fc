import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { currentUser } from "../../../lib/session";
import styles from "../../marketplace.module.css";
import { BookingActions, NoticeStatusActions } from "../booking-actions";
import { BookingHandoverActions, ItemHandoverForm } from "../handover-actions";
import { BookingForm, ItemRequestActions, ItemRequestForm } from "../signed-in-forms";
import { PhotoGallery } from "../../media/photo-gallery";
import { plainPhotos } from "../../media/plain";
import { getDateFormatter } from "../../../lib/dates-server";
import { warsawToday } from "../../../lib/dates";
import { BookingsTable, BorrowerActions, HandoverHistory } from "../../bookings/bookings-table";
import { Follow } from "../../../components/follow/follow";
import { ExtensionDecision } from "../loan-actions";
import { BackLink } from "../../../components/back-link";
import { objectTitle } from "../../../lib/page-title";
import { DetailRow } from "../../../components/detail-row";
import { ListSection } from "../../../components/list-section";
import { signInHref } from "../../../lib/sign-in";

const NoticeQuery = graphql(`
  query MarketplaceNotice($id: ID!) {
    equipmentNotice(id: $id) {
      id
      kind
      title
      description
      status
      district
      category
      condition
      conditionNote
      expiresAt
      createdAt
      viewerIsOwner
      deposit
      estimatedValue
      pickupPlace
      pickupHours
      loanNotes
      organization { name slug }
      photos { id url thumbUrl alt width height }
      bookedPeriods { from to }
      bookings {
        id status from to message handedOverAt receivedAt returnedAt returnCondition returnNote overdue
        extensionTo extensionRefusedAt extensionRefusalReason borrower { name email }
      }
      itemRequests { id status message createdAt handedOverAt handoverNote requester { name email } }
      viewerBookings {
        id status from to handedOverAt receivedAt returnedAt returnCondition returnNote overdue
        extensionTo extensionRefusedAt extensionRefusalReason
      }
      viewerItemRequests { id status createdAt handedOverAt handoverNote }
    }
  }
`);

type Params = { params: Promise<{ id: string }> };

export const generateMetadata = objectTitle(async ({ id }: { id: string }) => ({ title: (await gql(NoticeQuery, { id })).equipmentNotice?.title }));

const todayInWarsaw = () => warsawToday();

export default async function NoticePage({ params }: Params) {
  const { id } = await params;
  const [t, tf, fmtDate, user, data] = await Promise.all([
    getTranslations("marketplace"),
    getTranslations("notifications.follow"),
    getDateFormatter(),
    currentUser(),
    gql(NoticeQuery, { id }),
  ]);
  const n = data.equipmentNotice;
  if (!n) notFound();
  const day = (iso: string) => fmtDate(iso, "date");
  const open = n.status === "AVAILABLE" || n.status === "RESERVED";
  const today = todayInWarsaw();
  const th = await getTranslations("marketplace.handover");
  const [tl, format] = await Promise.all([getTranslations("marketplace.loan"), getFormatter()]);
  const overdue = [...(n.bookings ?? []), ...n.viewerBookings].filter((b) => b.overdue).length;
  const hasTerms = n.kind === "LEND" && (n.deposit != null || n.pickupPlace || n.pickupHours || n.loanNotes);

  return (
    <article className="stack">
      <BackLink href="/marketplace">{t("notice.back")}</BackLink>
      <div className={styles.meta}>
        <span className="badge">{t(`kinds.${n.kind}`)}</span>
        <span className={n.status === "AVAILABLE" ? "badge badge-success" : "badge badge-warning"}>{t(`statuses.${n.status as "AVAILABLE"}`)}</span>
      </div>
      <h1>{n.title}</h1>
      {n.category && <Follow kind="MARKETPLACE_CATEGORY" value={n.category} label={tf("category", { category: n.category })} />}
      {overdue > 0 && (
        <p className="alert alert-warning" role="status" data-testid="loan-overdue">
          {tl("overdueNotice", { count: overdue })}
        </p>
      )}
      {/* Phones: the page's main action (ask, book, or the owner's requests) is far below; link it here. */}
      {n.viewerIsOwner ? (
        <p className="jump-to-action no-print">
          <a className="button" href={n.kind === "LEND" ? "#requests-heading" : "#item-requests-heading"}>
            {n.kind === "LEND" ? t("booking.requests") : t("itemRequest.list")}
          </a>
        </p>
      ) : (
        ((n.kind !== "LEND" && n.status === "AVAILABLE") || (n.kind === "LEND" && open)) && (
          <p className="jump-to-action no-print">
            <a className="button" href="#main-action">
              {n.kind === "LEND" ? t("booking.title") : t("itemRequest.title")}
            </a>
          </p>
        )
      )}
      <PhotoGallery photos={plainPhotos(n.photos)} title={n.title} />
      {n.description && <p style={{ whiteSpace: "pre-line" }}>{n.description}</p>}
      <dl className={styles.details}>
        <dt>{t("notice.owner")}</dt>
        <dd>{n.organization ? <Link href={`/organizations/${n.organization.slug}`}>{n.organization.name}</Link> : t("notice.private")}</dd>
        {n.category && <DetailRow term={t("search.category")}>{n.category}</DetailRow>}
        {(n.condition || n.conditionNote) && <DetailRow term={t("notice.condition")}>{[n.condition && t(`itemConditions.${n.condition}`), n.conditionNote].filter(Boolean).join(" — ")}</DetailRow>}
        {n.estimatedValue != null && <DetailRow term={t("notice.estimatedValue")}>{format.number(n.estimatedValue, { style: "currency", currency: "PLN" })}</DetailRow>}
        {n.district && <DetailRow term={t("search.district")}>{n.district}</DetailRow>}
        <dt>{t("notice.posted")}</dt>
        <dd>{fmtDate(n.createdAt, "date")}</dd>
        {n.expiresAt && <DetailRow term={t("notice.expires")}>{fmtDate(n.expiresAt, "date")}</DetailRow>}
      </dl>

      {n.kind === "LEND" && (
        <ListSection name="booked" heading={t("notice.booked")} count={n.bookedPeriods.length} empty={t("notice.noBooked")}>
          <ul className="plain">
            {n.bookedPeriods.map((p) => (
              <li key={`${p.from}-${p.to}`}>
                {day(p.from)} – {day(p.to)}
              </li>
            ))}
          </ul>
        </ListSection>
      )}

      {hasTerms && (
        // The conditions come before the booking form: the borrower reads them when asking.
        <section aria-labelledby="terms-heading" data-testid="loan-terms">
          <h2 id="terms-heading">{tl("terms")}</h2>
          <dl className={styles.details}>
            {n.deposit != null && <DetailRow term={tl("deposit")}>{format.number(n.deposit, { style: "currency", currency: "PLN" })}</DetailRow>}
            {n.pickupPlace && <DetailRow term={tl("pickupPlace")}>{n.pickupPlace}</DetailRow>}
            {n.pickupHours && <DetailRow term={tl("pickupHours")}>{n.pickupHours}</DetailRow>}
            {n.loanNotes && (
              <>
                <dt>{tl("notes")}</dt>
                <dd style={{ whiteSpace: "pre-line" }}>{n.loanNotes}</dd>
              </>
            )}
          </dl>
        </section>
      )}

      {n.viewerIsOwner && (
        <section aria-labelledby="owner-heading" className="card">
          <h2 id="owner-heading">{t("notice.yours")}</h2>
          <p className="no-print"><Link href={`/marketplace/equipment/${n.id}/edit`}>{t("notice.edit")}</Link></p>
          <NoticeStatusActions id={n.id} status={n.status} />
        </section>
      )}

      {n.bookings && n.kind === "LEND" && (
        <ListSection name="requests" heading={t("booking.requests")} count={n.bookings.length} empty={t("booking.noRequests")}>
          <BookingsTable
            rows={n.bookings}
            label={t("booking.requests")}
            first={{
              header: t("booking.borrower"),
              cell: (b) => (
                <>
                  {b.borrower?.name}
                  {b.borrower && (
                    <>
                      <br />
                      <a href={`mailto:${b.borrower.email}`}>{b.borrower.email}</a>
                    </>
                  )}
                  {b.message && <p className="muted">{b.message}</p>}
                </>
              ),
            }}
            actions={(b) => (
              <>
                <BookingActions id={b.id} status={b.status} asOwner={n.viewerIsOwner} handedOver={!!b.handedOverAt} />
                {n.viewerIsOwner && b.status === "APPROVED" && (
                  <BookingHandoverActions id={b.id} from={b.from} today={today} handedOver={!!b.handedOverAt} />
                )}
                {n.viewerIsOwner && b.status === "APPROVED" && <ExtensionDecision id={b.id} pending={!!b.extensionTo} />}
              </>
            )}
          />
        </ListSection>
      )}

      {n.itemRequests && n.kind !== "LEND" && (
        <ListSection name="item-requests" heading={t("itemRequest.list")} count={n.itemRequests.length} empty={t("booking.noRequests")}>
          <ul className="stack" role="list">
            {n.itemRequests.map((r) => (
              <li key={r.id} className="card">
                <p>
                  <strong>{r.requester?.name}</strong>
                  {r.requester && (
                    <>
                      {" "}
                      (<a href={`mailto:${r.requester.email}`}>{r.requester.email}</a>)
                    </>
                  )}{" "}
                  — <span className="badge">{t(`itemRequest.statuses.${r.status}`)}</span>
                </p>
                <p style={{ whiteSpace: "pre-line" }}>{r.message}</p>
                {r.status === "ACCEPTED" && (
                  <>
                    {r.handedOverAt && r.requester && <p>{th("receivedBy", { name: r.requester.name })}</p>}
                    <HandoverHistory r={r} />
                  </>
                )}
                {r.status === "REQUESTED" && n.status === "AVAILABLE" && <ItemRequestActions id={r.id} />}
                {n.viewerIsOwner && r.status === "ACCEPTED" && !r.handedOverAt && (n.status === "RESERVED" || n.status === "HANDED_OVER") && (
                  <ItemHandoverForm id={r.id} requesterName={r.requester?.name ?? ""} />
                )}
              </li>
            ))}
          </ul>
        </ListSection>
      )}

      <ListSection name="your-bookings" heading={th("yourBookings")} className="card" count={n.viewerBookings.length}>
        <BookingsTable
          rows={n.viewerBookings}
          label={th("yourBookings")}
          actions={(b) => <BorrowerActions b={b} today={today} />}
        />
      </ListSection>

      <ListSection name="your-requests" heading={th("yourRequests")} className="card" count={n.viewerItemRequests.length}>
        <ul className="plain stack">
          {n.viewerItemRequests.map((r) => (
            <li key={r.id}>
              <span className="badge">{t(`itemRequest.statuses.${r.status}`)}</span>
              {r.status === "ACCEPTED" && <HandoverHistory r={r} />}
            </li>
          ))}
        </ul>
      </ListSection>

      {n.kind !== "LEND" && n.status === "AVAILABLE" && !n.viewerIsOwner && (
        <section className="card no-print" id="main-action">
          {user ? (
            <ItemRequestForm noticeId={n.id} />
          ) : (
            <p>
              <Link href={signInHref(`/marketplace/equipment/${n.id}`)}>{t("itemRequest.signIn")}</Link>
            </p>
          )}
        </section>
      )}

      {n.kind === "LEND" && open && !n.viewerIsOwner && (
        <section className="card no-print" id="main-action">
          {user ? (
            <BookingForm noticeId={n.id} today={todayInWarsaw()} />
          ) : (
            <p>
              <Link href={signInHref(`/marketplace/equipment/${n.id}`)}>{t("booking.signIn")}</Link>
            </p>
          )}
        </section>
      )}
    </article>
  );
}
