import { getFormatter, getTranslations } from "next-intl/server";
import { graphql } from "../lib/graphql-document";
import { gql } from "../lib/graphql-server";

const MyApprovalQuery = graphql(`
  query MyApproval {
    myApproval {
      kind
      state
      reason
      organizationName
      since
    }
  }
`);

/**
 * What the person's account waits for (an official's account, a new organisation, a
 * request to join one), the state, why it was refused and what to do next — instead of a
 * bare role beside the account type.
 */
export async function ApprovalState() {
  const [{ myApproval: a }, t, format] = await Promise.all([gql(MyApprovalQuery), getTranslations("privacy.approval"), getFormatter()]);
  // Approved is the normal state: the profile and organisation sections already show it.
  if (a.kind === "NONE" || a.state === "NONE" || a.state === "APPROVED") return null;
  const key = `${a.kind}_${a.state}`;
  const since = a.since ? format.dateTime(new Date(a.since), { dateStyle: "long" }) : "";
  const tone = a.state === "REJECTED" ? "alert-error" : "alert-info";
  return (
    <section aria-labelledby="approval-heading" className={`alert ${tone} stack`} role={a.state === "PENDING" ? "status" : undefined}>
      <h2 id="approval-heading" style={{ margin: 0, fontSize: "1.1rem" }}>
        {t(`${key}.title`, { organization: a.organizationName ?? "" })}
      </h2>
      <p style={{ margin: 0 }}>{t(`${key}.text`, { organization: a.organizationName ?? "", since })}</p>
      {a.reason && (
        <p style={{ margin: 0 }}>
          <strong>{t("reason")}</strong> {a.reason}
        </p>
      )}
      <p style={{ margin: 0 }}>
        <strong>{t("next")}</strong> {t(`${key}.next`)}
      </p>
    </section>
  );
}
