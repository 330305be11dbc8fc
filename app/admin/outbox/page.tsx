import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { refusedPage } from "../access";
import styles from "../admin.module.css";
import { Pagination, pageParam } from "../pagination";
import { getDateFormatter } from "../../lib/dates-server";
import { pageTitle } from "../../lib/page-title";
import { FilterField, FilterToolbar } from "../../components/filter-toolbar";

const OutboxQuery = graphql(`
  query AdminOutbox($first: Int!, $offset: Int!, $to: String) {
    outbox(first: $first, offset: $offset, to: $to) {
      total
      items {
        id
        to
        subject
        text
        status
        template
        createdAt
        sentAt
        lastError
      }
    }
  }
`);

const PAGE_SIZE = 20;
const URL_RE = /(https?:\/\/[^\s<>"]+)/g;

/** The mail text with its links clickable (React escapes the rest). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(URL_RE);
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 1 ? (
          <a key={i} href={p}>
            {p}
          </a>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </>
  );
}

export const generateMetadata = pageTitle("admin", "outbox.title");

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ to?: string; page?: string }> }) {
  const refused = await refusedPage("outbox");
  if (refused) return refused;
  const sp = await searchParams;
  const to = typeof sp.to === "string" ? sp.to.trim().slice(0, 254) : "";
  const page = pageParam(sp.page);
  const [t, fmtDate, data] = await Promise.all([
    getTranslations("admin.outbox"),
    getDateFormatter(),
    gql(OutboxQuery, { first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, to: to || null }),
  ]);
  const { items, total } = data.outbox;
  const when = (iso: string) => fmtDate(iso, "dateTimeSeconds");

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <FilterToolbar
        action="/admin/outbox"
        className={`${styles.toolbar} no-print`}
        submit={t("filterButton")}
        after={
          to && (
            <a className="button button-secondary" href="/admin/outbox">
              {t("clear")}
            </a>
          )
        }
      >
        <FilterField id="outbox-to" label={t("filter")}>
          <input id="outbox-to" name="to" type="email" defaultValue={to} maxLength={254} />
        </FilterField>
      </FilterToolbar>
      <p role="status">{t("count", { total })}</p>
      {items.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <ol style={{ listStyle: "none", padding: 0 }}>
          {items.map((m) => (
            <li key={m.id}>
              <article className={styles.message} aria-labelledby={`mail-${m.id}`}>
                <h2 id={`mail-${m.id}`} style={{ fontSize: "1.1rem", margin: 0 }}>
                  {m.subject}
                </h2>
                <p className={styles.meta}>
                  <span>
                    {t("to")}: {m.to}
                  </span>
                  <span>
                    {m.sentAt ? `${t("sent")}: ${when(m.sentAt)}` : `${t("queued")}: ${when(m.createdAt)}`}
                  </span>
                  <span
                    className={`badge ${m.status === "SENT" ? "badge-success" : m.status === "FAILED" ? "badge-danger" : "badge-warning"}`}
                  >
                    {t(`status.${m.status as "QUEUED" | "SENT" | "FAILED"}`)}
                  </span>
                  <span>
                    {t("template")}: <code>{m.template}</code>
                  </span>
                </p>
                {m.lastError && <p className="error">{m.lastError}</p>}
                <pre>
                  <Linkified text={m.text} />
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination path="/admin/outbox" params={{ to }} page={page} pageSize={PAGE_SIZE} total={total} />
    </>
  );
}
