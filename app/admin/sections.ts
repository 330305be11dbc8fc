import type { Role } from "../gql/graphql";

export type SectionKey = "premises" | "trainings" | "news" | "approvals" | "users" | "audit" | "outbox" | "figures";

/** The back-office sections and who may use each; the menu and the dashboard show only these. */
export const ADMIN_SECTIONS: { key: SectionKey; href: string; roles: Role[] }[] = [
  { key: "premises", href: "/admin/premises", roles: ["OFFICIAL", "ADMIN"] },
  { key: "trainings", href: "/admin/trainings", roles: ["OFFICIAL", "ADMIN"] },
  { key: "figures", href: "/admin/figures", roles: ["OFFICIAL", "ADMIN"] },
  { key: "news", href: "/admin/news", roles: ["ADMIN"] },
  { key: "approvals", href: "/admin/approvals", roles: ["ADMIN"] },
  { key: "users", href: "/admin/users", roles: ["ADMIN"] },
  { key: "audit", href: "/admin/audit", roles: ["ADMIN"] },
  { key: "outbox", href: "/admin/outbox", roles: ["ADMIN"] },
];

export function sectionsFor(role: Role) {
  return ADMIN_SECTIONS.filter((s) => s.roles.includes(role));
}
