import { getTranslations } from "next-intl/server";
import { ImportForm } from "./import-form";
import { refusedPage } from "../../access";
import { FormPage } from "../../../components/form-page";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("premises", "admin.import.title");

/** The CSV columns, as documented for officials (server/modules/premises/premises.csv.ts). */
const COLUMNS = [
  ["kod", "codeCol"],
  ["adres", "addressCol"],
  ["osiedle", "districtCol"],
  ["powierzchnia", "areaCol"],
  ["czynsz", "rentCol"],
  ["status", "statusCol"],
  ["bez_barier", "stepFreeCol"],
  ["opis", "descriptionCol"],
  ["szerokosc, dlugosc", "coordsCol"],
  ["pietro", "floorCol"],
  ["stan, media, przeznaczenie", "detailsCol"],
  ["dostepny_od", "availableCol"],
  ["preferencyjny", "preferentialCol"],
  ["zarzadca, kontakt, telefon, email", "contactCol"],
] as const;

export default async function ImportPage() {
  const refused = await refusedPage("premises");
  if (refused) return refused;
  const t = await getTranslations("premises.admin.import");
  return (
    <FormPage backHref="/admin/premises" backLabel={t("back")} title={t("title")}>
      <p>{t("intro")}</p>
      <details>
        <summary>{t("columns")}</summary>
        <dl>
          {COLUMNS.map(([name, key]) => (
            <div key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>{t(`cols.${key}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ImportForm />
    </FormPage>
  );
}
