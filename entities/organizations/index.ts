import { OrganizationMembership } from "./membership.entity";
import { Organization } from "./organization.entity";

export * from "./membership.entity";
export * from "./organization.entity";
export const organizationEntities = [Organization, OrganizationMembership];
