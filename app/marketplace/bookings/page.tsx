import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { BookingActions } from "../equipment/booking-actions";
import { BookingsTable, BorrowerActions } from "./bookings-table";
import { warsawToday } from "../../lib/dates";
import { getDateFormatter } from "../../lib/dates-server";
import { BackLink } from "../../components/back-link";
import { pageTitle } from "../../lib/page-title";
import { redirectToSignIn } from "../../lib/sign-in";

const MyBookingsQuery = graphql(`
  query MarketplaceMyBookings {
    myBookings {
      id status from to handedOverAt receivedAt returnedAt returnCondition returnNote overdue
      extensionTo extensionRefusedAt extensionRefusalReason notice { id title }
    }
    bookingRequestsForMe { id from to message createdAt borrower { name } notice { id title } }
  }
`);

export const generateMetadata = pageTitle("marketplace", "booking.mine");

export default async function MyBookingsPage() {
  const user = await currentUser();
  if (!user) redirectToSignIn("/marketplace/bookings");
  const [t, ta, fmtDate, data] = await Promise.all([
    getTranslations("marketplace"),
    getTranslations("activity"),
    getDateFormatter(),
    gql(MyBookingsQuery),
  ]);
  const day = (iso: string) => fmtDate(iso, "date");
  const today = warsawToday();
  const when = (iso: string) => fmtDate(iso, "dateTime");
  return (
    <div className="stack">
      <BackLink href="/marketplace">{t("notice.back")}</BackLink>
      <h1>{t("booking.mine")}</h1>
      {data.bookingRequestsForMe.length > 0 && (
        // An owner's pending requests were only visible inside each notice.
        <section aria-labelledby="for-me-heading" className="stack" data-testid="booking-requests-for-me">
          <h2 id="for-me-heading">{ta("waiting.bookings")}</h2>
          <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
            {data.bookingRequestsForMe.map((b) => (
              <li key={b.id} className="card stack">
                <p style={{ margin: 0 }}>
                  <Link href={`/marketplace/equipment/${b.notice.id}`}>{b.notice.title}</Link> — {day(b.from)} – {day(b.to)}
                </p>
                <p className="muted" style={{ margin: 0 }}>
                  {ta("waiting.from", { name: b.borrower?.name ?? "—", date: when(b.createdAt) })}
                </p>
                {b.message && <p style={{ margin: 0, whiteSpace: "pre-line" }}>{b.message}</p>}
                <BookingActions id={b.id} status="REQUESTED" asOwner refresh={false} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.myBookings.length ? (
        <BookingsTable
          rows={data.myBookings}
          label={t("booking.mine")}
          first={{ header: t("noticeForm.name"), cell: (b) => <Link href={`/marketplace/equipment/${b.notice.id}`}>{b.notice.title}</Link> }}
          actions={(b) => <BorrowerActions b={b} today={today} />}
        />
      ) : (
        <p className="empty-state">{t("booking.noRequests")}</p>
      )}
    </div>
  );
}
