import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { isCategory } from "../categories";
import styles from "../news.module.css";
import { PrintButton } from "../print-button";
import { isoDateTime } from "../../lib/dates";
import { getDateFormatter } from "../../lib/dates-server";
import { BackLink } from "../../components/back-link";

const NewsArticleQuery = graphql(`
  query NewsArticle($slug: String!) {
    newsPost(slug: $slug) { id slug title lead bodyHtml status isLive publishedAt updatedAt category coverImageUrl authorName }
  }
`);

type Params = { params: Promise<{ slug: string }> };

/** A lead that is just the body's first sentence would be printed twice. */
const leadOpensBody = (lead: string, html: string) =>
  html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim().startsWith(lead.replace(/\s+/g, " ").trim());

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const { newsPost } = await gql(NewsArticleQuery, { slug });
  if (!newsPost) return { title: (await getTranslations("news"))("article.notFound") };
  return {
    title: newsPost.title,
    description: newsPost.lead ?? undefined,
    robots: newsPost.isLive ? undefined : { index: false },
    openGraph: { title: newsPost.title, description: newsPost.lead ?? undefined, type: "article", images: newsPost.coverImageUrl ? [newsPost.coverImageUrl] : undefined },
  };
}

export default async function NewsArticlePage({ params }: Params) {
  const { slug } = await params;
  const [{ newsPost: post }, t, fmtDate, user] = await Promise.all([
    gql(NewsArticleQuery, { slug }),
    getTranslations("news"),
    getDateFormatter(),
    currentUser(),
  ]);
  if (!post) notFound();
  return (
    <article className={styles.article} aria-labelledby="article-title">
      <BackLink href="/news">{t("article.back")}</BackLink>
      {!post.isLive && (
        <p className="alert alert-info no-print" role="status">
          {t("article.draftNotice")} ({t(`status.${post.status}`)})
        </p>
      )}
      <h1 id="article-title">{post.title}</h1>
      <p className={`${styles.meta} muted`}>
        {post.publishedAt && (
          <span className={styles.metaText}>
            {t("article.published")}:{" "}
            <time dateTime={isoDateTime(post.publishedAt)}>{fmtDate(post.publishedAt, "dateLong")}</time>
          </span>
        )}
        {post.authorName && (
          <span className={styles.metaText}>
            {t("article.author")}: {post.authorName}
          </span>
        )}
        {post.category && isCategory(post.category) && (
          <Link className="badge" href={`/news?category=${post.category}`}>
            {t(`categories.${post.category}`)}
          </Link>
        )}
      </p>
      <div className={`${styles.toolbar} no-print`}>
        <PrintButton />
        {user?.role === "ADMIN" && (
          <Link className="button button-secondary" href={`/admin/news/${post.id}`}>
            {t("article.edit")}
          </Link>
        )}
      </div>
      {post.coverImageUrl && (
        // eslint-disable-next-line @next/next/no-img-element
        <img className={styles.heroImage} src={post.coverImageUrl} alt="" />
      )}
      {post.lead && !leadOpensBody(post.lead, post.bodyHtml) && <p className={styles.lead}>{post.lead}</p>}
      {/* bodyHtml is rendered and sanitised on an allow-list by the server (news.markdown.ts). */}
      <div className={styles.body} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
    </article>
  );
}
