import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { AdminOnly } from "../../admin-only";
import { ProgrammePageForm } from "../programme-page-form";

const AdminProgrammePageQuery = graphql(`
  query AdminProgrammePage($key: String!) {
    programmePage(key: $key) { key title body }
    programmePageRevisions(key: $key) { id title authorName createdAt }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programme"))("admin.title") };
}

async function Editor({ pageKey }: { pageKey: string }) {
  const [{ programmePage: page, programmePageRevisions: revs }, t, format] = await Promise.all([
    gql(AdminProgrammePageQuery, { key: pageKey }),
    getTranslations("programme.admin"),
    getFormatter(),
  ]);
  if (!page) notFound();
  return (
    <div className="stack">
      <p>
        <Link href="/admin/news/programme">← {t("back")}</Link> · <Link href={`/programme#${page.key}`}>/programme#{page.key}</Link>
      </p>
      <h1>{page.title}</h1>
      <ProgrammePageForm key={revs[0]?.id ?? page.key} pageKey={page.key} initial={{ title: page.title, body: page.body }} />
      <section aria-labelledby="programme-history">
        <h2 id="programme-history">{t("history")}</h2>
        <ol>
          {revs.map((r) => (
            <li key={r.id}>
              {r.title} — {r.authorName ?? "—"}, {format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" })}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export default async function AdminProgrammePageEditor({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  return (
    <AdminOnly>
      <Editor pageKey={key} />
    </AdminOnly>
  );
}
