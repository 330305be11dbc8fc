"use client";
import { SubmitButton } from "../components/forms/submit-button";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../lib/graphql-document";
import { gqlClient } from "../lib/graphql-client";
import { OrganizationForm } from "./organization-form";
import { useBusy } from "../components/forms/action-status";

const FindOrganizations = graphql(`
  query AccountFindOrganizations($search: String!) {
    findOrganizations(search: $search, first: 20) {
      id
      name
      verified
      district
      legalForm
    }
  }
`);

const RequestMembership = graphql(`
  mutation AccountRequestMembership($organizationId: ID!) {
    requestOrganizationMembership(organizationId: $organizationId) {
      id
      status
    }
  }
`);

interface Found {
  id: string;
  name: string;
  verified: boolean;
  district?: string | null;
}

/**
 * A PES account without an organisation: search the directory first (so that the same
 * organisation is not added twice, as the original platform asked), then ask to join, or
 * add a new one.
 */
export function OrganizationPicker() {
  const t = useTranslations("auth.account.organization");
  const router = useRouter();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Found[]>();
  const { busy: searching, run } = useBusy();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string }>();

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(undefined);
    const res = await run(() => gqlClient(FindOrganizations, { search: query }));
    if (res.error) return setStatus({ kind: "error", text: t("failed", { code: res.error.code }) });
    setResults(res.data.findOrganizations);
  };

  const join = async (org: Found) => {
    const res = await gqlClient(RequestMembership, { organizationId: org.id });
    if (res.error) return setStatus({ kind: "error", text: t("failed", { code: res.error.code }) });
    setStatus({ kind: "success", text: t("joinSent") });
    router.refresh();
  };

  if (adding) return <OrganizationForm onCancel={() => setAdding(false)} onCreated={() => router.refresh()} />;

  return (
    <div className="stack">
      <p>{t("none")}</p>
      <form role="search" onSubmit={search} className="org-search" aria-label={t("searchButton")}>
        <div className="field">
          <label htmlFor={searchId}>{t("searchLabel")}</label>
          <input id={searchId} type="search" value={query} maxLength={100} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <SubmitButton submitting={searching}>{searching ? t("searching") : t("searchButton")}</SubmitButton>
      </form>
      <div aria-live="polite">
        {status && <p className={`alert alert-${status.kind}`}>{status.text}</p>}
        {results && (
          <p>
            {results.length ? t("results", { count: results.length }) : t("noResults")}
          </p>
        )}
      </div>
      {results && results.length > 0 && (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {results.map((o) => (
            <li key={o.id} className="card">
              <strong>{o.name}</strong>{" "}
              <span className={`badge ${o.verified ? "badge-success" : "badge-warning"}`}>
                {o.verified ? t("verified") : t("unverified")}
              </span>
              {o.district && <span className="muted"> · {o.district}</span>}
              <div style={{ marginTop: ".5rem" }}>
                <button type="button" className="button button-secondary" aria-label={t("joinLabel", { name: o.name })} onClick={() => join(o)}>
                  {t("join")}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        {t("notListed")}{" "}
        <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
          {t("addNew")}
        </button>
      </p>
    </div>
  );
}
