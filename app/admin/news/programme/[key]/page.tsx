import Link from "next/link";
import { BackLink } from "../../../../components/back-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { RevisionHistory } from "../../revision-history";
import { ProgrammePageForm } from "../programme-page-form";
import { getDateFormatter } from "../../../../lib/dates-server";
import { refusedPage } from "../../../access";
import { pageTitle } from "../../../../lib/page-title";

const AdminProgrammePageQuery = graphql(`
  query AdminProgrammePage($key: String!) {
    programmePage(key: $key) { key title publishedAt hasUnpublishedChanges draft { title body titleEn bodyEn } }
    programmePageRevisions(key: $key) { id title kind authorName createdAt }
  }
`);

export const generateMetadata = pageTitle("programme", "admin.title");

export default async function AdminProgrammePageEditor({ params }: { params: Promise<{ key: string }> }) {
  const refused = await refusedPage("news");
  if (refused) return refused;
  const { key: pageKey } = await params;
  const [{ programmePage: page, programmePageRevisions: revs }, t, fmtDate] = await Promise.all([
    gql(AdminProgrammePageQuery, { key: pageKey }),
    getTranslations("programme.admin"),
    getDateFormatter(),
  ]);
  if (!page || !page.draft) notFound();
  return (
    <div className="stack">
      <BackLink href="/admin/news/programme">{t("back")}</BackLink>
      <p className="no-print">
        <Link href={`/programme#${page.key}`}>/programme#{page.key}</Link>
        {page.hasUnpublishedChanges && (
          <>
            {" "}
            · <Link href={`/programme?preview=draft#${page.key}`}>{t("previewDraft")}</Link>
          </>
        )}
      </p>
      <h1>{page.draft.title}</h1>
      {page.publishedAt && (
        <p className="muted">{t("publishedAt", { date: fmtDate(page.publishedAt, "dateTime") })}</p>
      )}
      <ProgrammePageForm
        // A new key after each save/publish resets the form to the saved state.
        key={`${revs[0]?.id ?? page.key}-${page.hasUnpublishedChanges}`}
        pageKey={page.key}
        initial={{ title: page.draft.title, body: page.draft.body, titleEn: page.draft.titleEn, bodyEn: page.draft.bodyEn }}
        hasUnpublishedChanges={page.hasUnpublishedChanges}
      />
      <section aria-labelledby="programme-history">
        <h2 id="programme-history">{t("history")}</h2>
        <RevisionHistory
          source="programme"
          // Plain objects: in-process GraphQL results have null prototypes, which client components refuse.
          revisions={revs.map((r) => ({ id: r.id, title: r.title, kind: r.kind, authorName: r.authorName ?? null, createdAt: r.createdAt }))}
        />
      </section>
    </div>
  );
}
