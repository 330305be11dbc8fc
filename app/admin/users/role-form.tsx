"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { graphql } from "../../lib/graphql-document";
import type { Role } from "../../gql/graphql";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import styles from "../admin.module.css";
import { Options } from "../../components/forms/options";

const SetUserRole = graphql(`mutation AdminSetUserRole($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id role } }`);

const ROLES: Role[] = ["RESIDENT", "PES_MEMBER", "OFFICIAL", "ADMIN"];

/** One user's role: a select and a button; the change applies to their next request. */
export function RoleForm({ userId, name, role, self }: { userId: string; name: string; role: Role; self: boolean }) {
  const t = useTranslations("admin.users");
  const tc = useTranslations("common.roles");
  const router = useRouter();
  const [value, setValue] = useState<Role>(role);
  const { status, show, busy, run } = useBusyAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await run(() => gqlClient(SetUserRole, { userId, role: value }));
    if (res.error) {
      const text = res.error.fields?.role ?? res.error.message;
      return show("error", t("failed", { message: text }));
    }
    show("success", t("saved", { name }));
    router.refresh();
  };

  const selectId = `role-${userId}`;
  return (
    <form onSubmit={submit}>
      <div className={styles.actions}>
        <label htmlFor={selectId} className="visually-hidden">
          {t("roleFor", { name })}
        </label>
        <select id={selectId} value={value} onChange={(e) => setValue(e.target.value as Role)} disabled={self}>
          <Options values={ROLES} label={(r) => tc(r)} />
        </select>
        {!self && (
          <button type="submit" className="button button-secondary" disabled={busy || value === role} aria-label={t("saveFor", { name })}>
            {t("save")}
          </button>
        )}
      </div>
      <ActionStatus status={status} />
    </form>
  );
}
