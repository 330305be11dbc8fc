"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { graphql } from "../../../lib/graphql-document";
import type { ImportPremisesCsvMutation } from "../../../gql/graphql";
import { gqlClient } from "../../../lib/graphql-client";
import { useBusy } from "../../../components/forms/action-status";
import { DataTable } from "../../../components/data-table";
import { Field } from "../../../components/forms/field";
import { ErrorAlert } from "../../../components/forms/error-alert";

const ImportMutation = graphql(`
  mutation ImportPremisesCsv($csv: String!, $dryRun: Boolean) {
    importPremisesCsv(csv: $csv, dryRun: $dryRun) {
      ok
      imported
      created
      updated
      unknownColumns
      rows {
        line
        action
        address
        errors {
          field
          message
        }
      }
    }
  }
`);

type Result = ImportPremisesCsvMutation["importPremisesCsv"];

/** Upload → preview (every row's errors by line) → import all or nothing. */
export function ImportForm() {
  const t = useTranslations("premises.admin.import");
  const [csv, setCsv] = useState("");
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { busy, run: runBusy } = useBusy();

  const run = async (dryRun: boolean) => {
    setError(null);
    const res = await runBusy(() => gqlClient(ImportMutation, { csv, dryRun }));
    if (res.error) {
      setResult(null);
      const detail = res.error.fields ? Object.values(res.error.fields).join("; ") : "";
      return setError(res.error.code === "BAD_USER_INPUT" ? t("badFile", { detail }) : t("failed"));
    }
    setResult(res.data.importPremisesCsv);
  };

  const onFile = async (file: File | undefined) => {
    setResult(null);
    setError(null);
    if (!file) return setCsv("");
    if (file.size > 100_000) return setError(t("tooBig"));
    setCsv(await file.text());
  };

  const invalid = result?.rows.filter((r) => r.errors.length) ?? [];
  return (
    <div className="stack">
      <Field id="csv-file" label={t("file")} hint={t("fileHint")}>
        {(a) => <input {...a} type="file" accept=".csv,text/csv" onChange={(e) => onFile(e.target.files?.[0])} />}
      </Field>
      <div className="field">
        <label htmlFor="csv-text">{t("text")}</label>
        <textarea id="csv-text" rows={8} value={csv} onChange={(e) => (setCsv(e.target.value), setResult(null))} spellCheck={false} />
      </div>
      <p>
        <button type="button" className="button button-secondary" disabled={!csv.trim() || busy} onClick={() => run(true)}>
          {t("check")}
        </button>{" "}
        <button type="button" className="button" disabled={!result?.ok || result.imported || busy} onClick={() => run(false)}>
          {t("import")}
        </button>
      </p>
      <div aria-live="polite">
        {busy && <p>{t("working")}</p>}
        <ErrorAlert>{error}</ErrorAlert>
        {result && (
          <div className={`alert ${result.ok ? "alert-success" : "alert-error"}`} role="status">
            {result.imported
              ? t("done", { created: result.created, updated: result.updated })
              : result.ok
                ? t("ready", { created: result.created, updated: result.updated })
                : t("hasErrors", { count: invalid.length })}
            {result.unknownColumns.length > 0 && <p>{t("unknownColumns", { columns: result.unknownColumns.join(", ") })}</p>}
          </div>
        )}
      </div>
      {result && (
        <DataTable
          label={t("preview")}
          caption={t("preview")}
          showCaption
          columns={[t("line"), t("address"), t("result")]}
          rows={result.rows}
          row={(r) => (
            <tr key={r.line}>
              <th scope="row">{r.line}</th>
              <td>{r.address}</td>
              <td>
                {r.errors.length ? (
                  <ul className="error">
                    {r.errors.map((e) => (
                      <li key={e.field}>
                        {e.field}: {e.message}
                      </li>
                    ))}
                  </ul>
                ) : r.action === "UPDATE" ? (
                  t("willUpdate")
                ) : (
                  t("willCreate")
                )}
              </td>
            </tr>
          )}
        />
      )}
    </div>
  );
}
