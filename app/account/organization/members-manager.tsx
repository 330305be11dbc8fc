"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Field } from "../../components/forms/field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useActionStatus, useBusy } from "../../components/forms/action-status";

const UpdateMember = graphql(`
  mutation AccountUpdateOrganizationMember($id: ID!, $input: OrganizationMemberInput!) {
    updateOrganizationMember(id: $id, input: $input) { id role title }
  }
`);
const RemoveMember = graphql(`
  mutation AccountRemoveOrganizationMember($id: ID!) {
    removeOrganizationMember(id: $id)
  }
`);

export type MemberRoleName = "OWNER" | "MEMBER";

export interface ManagedMember {
  /** The membership's id. */
  id: string;
  userId: string;
  name: string;
  email: string;
  role: MemberRoleName;
  title: string | null;
}

const TITLE_MAX = 120;

/**
 * The organisation's member list for its own members: owners change roles and function
 * titles and remove members; a member sets their own title or leaves. The server has the
 * last word (one owner always remains); its refusals are shown here.
 */
export function MembersManager({ members, viewerId, canManage }: { members: ManagedMember[]; viewerId: string; canManage: boolean }) {
  const t = useTranslations("organizations.members");
  const { status, show } = useActionStatus();
  if (!members.length) return <p className="empty-state">{t("empty")}</p>;
  return (
    <div className="stack">
      <p className="muted">{canManage ? t("ownerHelp") : t("memberHelp")}</p>
      <ActionStatus status={status} />
      <ul className="stack" style={{ listStyle: "none", padding: 0 }} aria-label={t("title")}>
        {members.map((m) => (
          <MemberRow key={m.id} member={m} self={m.userId === viewerId} canManage={canManage} onResult={show} />
        ))}
      </ul>
    </div>
  );
}

function MemberRow({
  member,
  self,
  canManage,
  onResult,
}: {
  member: ManagedMember;
  self: boolean;
  canManage: boolean;
  onResult: (kind: "success" | "error", text: string) => void;
}) {
  const t = useTranslations("organizations.members");
  const router = useRouter();
  const [role, setRole] = useState<MemberRoleName>(member.role);
  const [title, setTitle] = useState(member.title ?? "");
  const [titleError, setTitleError] = useState<string>();
  const { busy, run } = useBusy();
  const editable = canManage || self;
  const prefix = `member-${member.id}`;

  const explain = (code: string) =>
    code === "CONFLICT" ? t("lastOwner") : code === "FORBIDDEN" ? t("forbidden") : t("failed", { code });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (title.trim().length > TITLE_MAX) return setTitleError(t("titleTooLong"));
    setTitleError(undefined);
    const input = canManage ? { role, title: title.trim() || null } : { title: title.trim() || null };
    const res = await run(() => gqlClient(UpdateMember, { id: member.id, input }));
    if (res.error) {
      if (res.error.code === "BAD_USER_INPUT" && res.error.fields?.["input.title"]) return setTitleError(t("titleTooLong"));
      setRole(member.role);
      return onResult("error", explain(res.error.code));
    }
    onResult("success", t("saved"));
    router.refresh();
  };

  const remove = async () => {
    if (!window.confirm(self ? t("confirmLeave") : t("confirmRemove", { name: member.name }))) return;
    const res = await run(() => gqlClient(RemoveMember, { id: member.id }));
    if (res.error) return onResult("error", explain(res.error.code));
    onResult("success", self ? t("left") : t("removed"));
    router.refresh();
  };

  return (
    <li className="card">
      <p>
        <strong>{member.name}</strong> {self && <span className="muted">{t("you")}</span>}{" "}
        <a href={`mailto:${member.email}`}>{member.email}</a>{" "}
        {!canManage && <span className="badge">{t(`roles.${member.role}`)}</span>}
        {!editable && member.title && <span> — {member.title}</span>}
      </p>
      {editable && (
        <form className="form no-print" onSubmit={save} noValidate aria-label={member.name}>
          <div style={{ display: "flex", gap: "1rem", flexWrap: "wrap", alignItems: "flex-end" }}>
            {canManage && (
              <Field id={`${prefix}-role`} label={t("role")}>
                {(a) => (
                  <select {...a} value={role} onChange={(e) => setRole(e.target.value as MemberRoleName)} disabled={busy}>
                    <option value="OWNER">{t("roles.OWNER")}</option>
                    <option value="MEMBER">{t("roles.MEMBER")}</option>
                  </select>
                )}
              </Field>
            )}
            <Field id={`${prefix}-title`} label={t("titleLabel")} hint={t("titleHint")} error={titleError}>
              {(a) => <input {...a} type="text" value={title} maxLength={TITLE_MAX + 20} onChange={(e) => setTitle(e.target.value)} disabled={busy} />}
            </Field>
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={busy} aria-label={t("saveLabel", { name: member.name })}>
              {t("save")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={remove}
              aria-label={self ? t("leave") : t("removeLabel", { name: member.name })}
            >
              {self ? t("leave") : t("remove")}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
