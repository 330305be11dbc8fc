import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { currentUser } from "../../../lib/session";
import styles from "../../marketplace.module.css";
import { DemandBadges } from "../demand-badges";
import { AmendForm, AnswerForm, AskQuestionForm, DecisionButton, DocumentUploader, OfferForm } from "../signed-in-forms";
import { AttachmentList } from "../../media/attachment-list";
import { plainAttachments } from "../../media/plain";
import { getDateFormatter } from "../../../lib/dates-server";
import { isoDateTime } from "../../../lib/dates";
import { DataTable } from "../../../components/data-table";
import { BackLink } from "../../../components/back-link";
import { objectTitle } from "../../../lib/page-title";
import { DetailRow } from "../../../components/detail-row";
import { ListSection } from "../../../components/list-section";

const DemandQuery = graphql(`
  query MarketplaceDemand($id: ID!) {
    demand(id: $id) {
      id
      kind
      title
      description
      category
      deadline
      budget
      socialClause
      clauseType
      cpvCode
      status
      decidedAt
      award { price awardedAt organization { name slug } }
      questions { id question answer answeredAt createdAt askedByViewer }
      amendments { id note descriptionChanged previousDeadline newDeadline createdAt }
      acceptingOffers
      viewerManages
      offerCount
      offers { id price message awarded updatedAt organization { name slug } attachment { id fileName size url } }
      myOffer { id price message awarded attachment { id fileName size url } }
      attachments { id fileName size url }
    }
  }
`);

type Params = { params: Promise<{ id: string }> };

export const generateMetadata = objectTitle(async ({ id }: { id: string }) => ({ title: (await gql(DemandQuery, { id })).demand?.title }));

export default async function DemandPage({ params }: Params) {
  const { id } = await params;
  const [t, tq, ta, td, format, user, { demand: d }] = await Promise.all([
    getTranslations("marketplace"),
    getTranslations("marketplace.qa"),
    getTranslations("marketplace.amend"),
    getTranslations("media.documents"),
    getFormatter(),
    currentUser(),
    gql(DemandQuery, { id }),
  ]);
  const fmtDate = await getDateFormatter();
  if (!d) notFound();
  const money = (n: number) => format.number(n, { style: "currency", currency: "PLN" });
  const deadline = fmtDate(d.deadline, "dateTimeLong");

  return (
    <article className="stack">
      <BackLink href="/marketplace?tab=demands">{t("demand.back")}</BackLink>
      <DemandBadges demand={d} />
      <h1>{d.title}</h1>
      {d.description && <p style={{ whiteSpace: "pre-line" }}>{d.description}</p>}
      <dl className={styles.details}>
        <dt>{t("demand.deadline")}</dt>
        <dd>{deadline}</dd>
        <dt>{t("demand.budget")}</dt>
        <dd>{d.budget != null ? money(d.budget) : t("demand.noBudget")}</dd>
        {d.category && <DetailRow term={t("search.category")}>{d.category}</DetailRow>}
        <dt>{t("demand.clauseType")}</dt>
        <dd>{t(`clauseTypes.${d.clauseType}`)}</dd>
        {d.cpvCode && <DetailRow term={t("demand.cpvCode")}>{d.cpvCode}</DetailRow>}
      </dl>

      {d.award && (
        <section aria-labelledby="award-heading" className="card">
          <h2 id="award-heading">{t("awardPublic.title")}</h2>
          <dl className={styles.details}>
            <dt>{t("awardPublic.organization")}</dt>
            <dd>
              <Link href={`/organizations/${d.award.organization.slug}`}>{d.award.organization.name}</Link>
            </dd>
            <dt>{t("awardPublic.price")}</dt>
            <dd>{money(d.award.price)}</dd>
            <dt>{t("awardPublic.date")}</dt>
            <dd>{fmtDate(d.award.awardedAt, "dateTimeLong")}</dd>
          </dl>
          <p className="muted">{t("awardPublic.sealed")}</p>
        </section>
      )}

      {(d.attachments.length > 0 || d.viewerManages) && (
        <section aria-labelledby="documents-heading">
          <h2 id="documents-heading">{td("title")}</h2>
          {d.viewerManages && d.status === "OPEN" ? (
            <DocumentUploader kind="demand" demandId={d.id} attachments={plainAttachments(d.attachments)} />
          ) : (
            <AttachmentList attachments={d.attachments} />
          )}
        </section>
      )}

      {(d.amendments.length > 0 || (d.viewerManages && d.acceptingOffers)) && (
        <ListSection
          name="amendments"
          heading={ta("title")}
          id="amendments"
          className="stack"
          count={d.amendments.length}
          empty={ta("none")}
          after={d.viewerManages && d.acceptingOffers && <AmendForm demandId={d.id} description={d.description ?? ""} />}
        >
          <ol className="stack">
            {d.amendments.map((a) => (
              <li key={a.id}>
                <p>
                  <time dateTime={isoDateTime(a.createdAt)}>{fmtDate(a.createdAt, "dateTimeLong")}</time>: {a.note}
                </p>
                {a.newDeadline && a.previousDeadline && (
                  <p className="muted">{ta("deadlineMoved", { from: fmtDate(a.previousDeadline, "dateTimeLong"), to: fmtDate(a.newDeadline, "dateTimeLong") })}</p>
                )}
                {a.descriptionChanged && <p className="muted">{ta("descriptionChanged")}</p>}
              </li>
            ))}
          </ol>
        </ListSection>
      )}

      <ListSection
        name="questions"
        heading={tq("title")}
        id="questions"
        className="stack"
        count={d.questions.length}
        empty={tq("none")}
        after={user?.role === "PES_MEMBER" && d.acceptingOffers && <AskQuestionForm demandId={d.id} />}
      >
        <ol className="stack">
          {d.questions.map((q, i) => (
            <li key={q.id} className="card">
              <p>
                <strong>{tq("questionN", { n: i + 1 })}</strong>{" "}
                {q.askedByViewer && <span className="badge">{tq("yours")}</span>}
              </p>
              <p style={{ whiteSpace: "pre-line" }}>{q.question}</p>
              {q.answer != null ? (
                <>
                  <p>
                    <strong>{tq("answer")}</strong> ({q.answeredAt && <time dateTime={isoDateTime(q.answeredAt)}>{fmtDate(q.answeredAt, "dateTimeLong")}</time>})
                  </p>
                  <p style={{ whiteSpace: "pre-line" }}>{q.answer}</p>
                </>
              ) : d.viewerManages ? (
                <AnswerForm questionId={q.id} index={i + 1} />
              ) : (
                <p className="muted">{tq("waiting")}</p>
              )}
            </li>
          ))}
        </ol>
      </ListSection>

      {d.viewerManages && (
        <section aria-labelledby="offers-heading" className="card">
          <h2 id="offers-heading">
            {t("demand.offers")} ({t("demand.offerCount", { count: d.offerCount ?? 0 })})
          </h2>
          {d.offers == null ? (
            <p className="alert alert-info">{t("demand.sealed", { deadline })}</p>
          ) : d.offers.length === 0 ? (
            <p className="muted">{t("demand.noOffers")}</p>
          ) : (
            <DataTable
              labelledBy="offers-heading"
              columns={[
                t("demand.organization"),
                t("demand.price"),
                t("demand.message"),
                td("attachment"),
                { label: t("booking.actions"), className: "no-print" },
              ]}
              rows={d.offers}
              row={(o) => (
                <tr key={o.id}>
                  <td>
                    <Link href={`/organizations/${o.organization.slug}`}>{o.organization.name}</Link>
                  </td>
                  <td>{money(o.price)}</td>
                  <td style={{ whiteSpace: "pre-line" }}>{o.message}</td>
                  <td>{o.attachment ? <AttachmentList attachments={[o.attachment]} /> : td("noAttachment")}</td>
                  <td>
                    {o.awarded ? (
                      <span className="badge badge-success">{t("demand.awarded")}</span>
                    ) : (
                      d.status === "OPEN" && <DecisionButton kind="award" id={o.id} />
                    )}
                  </td>
                </tr>
              )}
            />
          )}
          {d.status === "OPEN" ? <DecisionButton kind="close" id={d.id} /> : <p>{t("demand.decided")}</p>}
        </section>
      )}

      {user?.role === "PES_MEMBER" && (
        <section className="card">
          {d.myOffer?.awarded && <p className="alert alert-success">{t("offer.won")}</p>}
          {d.acceptingOffers ? (
            <>
              <OfferForm demandId={d.id} current={d.myOffer ? { price: d.myOffer.price, message: d.myOffer.message } : null} />
              <section aria-labelledby="offer-document-heading" className="stack">
                <h3 id="offer-document-heading">{td("offerTitle")}</h3>
                {d.myOffer ? (
                  <DocumentUploader kind="offer" demandId={d.id} attachments={plainAttachments([d.myOffer.attachment])} />
                ) : (
                  <p className="muted">{td("offerFirst")}</p>
                )}
              </section>
            </>
          ) : (
            <>
              <p className="muted">{t("offer.closed")}</p>
              {d.myOffer && <p>{t("offer.current", { price: money(d.myOffer.price) })}</p>}
              {d.myOffer?.attachment && <AttachmentList attachments={[d.myOffer.attachment]} />}
            </>
          )}
        </section>
      )}
      {d.acceptingOffers && user && user.role !== "PES_MEMBER" && !d.viewerManages && (
        <p className="muted">{t("offer.onlyVerified")}</p>
      )}
    </article>
  );
}
