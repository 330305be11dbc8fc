import Link from "next/link";
import { BackLink } from "../../../components/back-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { NewsEditorForm } from "../news-editor-form";
import { RevisionHistory } from "../revision-history";
import { RenderNewsPreviewQuery } from "../documents";
import { refusedPage } from "../../access";
import { pageTitle } from "../../../lib/page-title";

const AdminNewsPostQuery = graphql(`
  query AdminNewsPost($id: ID!) {
    newsPostById(id: $id) {
      id slug status isLive hasUnpublishedChanges publishedAt
      draft { title body category lead coverImageUrl }
    }
    newsRevisions(postId: $id) { id title kind authorName createdAt }
  }
`);

type Params = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("news", "admin.editTitle");

export default async function EditNewsPostPage({ params }: Params) {
  const refused = await refusedPage("news");
  if (refused) return refused;
  const { id } = await params;
  const [{ newsPostById: post, newsRevisions }, t] = await Promise.all([gql(AdminNewsPostQuery, { id }), getTranslations("news")]);
  if (!post || !post.draft) notFound();
  const d = post.draft;
  // The preview of the saved body comes with the page, not after the first keystroke.
  const initialPreview = d.body.trim() ? ((await gql(RenderNewsPreviewQuery, { body: d.body })).renderNewsPreview ?? "") : "";
  return (
    <div className="stack">
      <BackLink href="/admin/news">{t("admin.backToList")}</BackLink>
      <p className="no-print">
        <Link href={`/news/${post.slug}`}>{t("admin.view")}</Link>
      </p>
      <h1>{t("admin.editTitle")}</h1>
      <NewsEditorForm
        // A new key after each save/publish resets the form to the saved state.
        key={`${post.status}-${newsRevisions[0]?.id ?? ""}`}
        post={{ id: post.id, slug: post.slug, status: post.status, isLive: post.isLive, hasUnpublishedChanges: post.hasUnpublishedChanges, publishedAt: post.publishedAt ?? null }}
        initialPreview={initialPreview}
        initial={{ title: d.title, body: d.body, category: d.category ?? "", lead: d.lead ?? "", coverImageUrl: d.coverImageUrl ?? "" }}
      />
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">{t("revisions.title")}</h2>
        <RevisionHistory
          // Plain objects: in-process GraphQL results have null prototypes, which client components refuse.
          revisions={newsRevisions.map((r) => ({ id: r.id, title: r.title, kind: r.kind, authorName: r.authorName ?? null, createdAt: r.createdAt }))}
        />
      </section>
    </div>
  );
}
