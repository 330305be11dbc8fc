import type { DomainModule } from "../module";
import { OrganizationDirectoryResolver, OrganizationListResolver } from "./organizations.directory.resolver";
import { OrganizationLogoResolver } from "./organizations.logo.service";
import { OrganizationMembersResolver } from "./organizations.members.resolver";
import { MembershipResolver, OrganizationResolver } from "./organizations.resolver";

export const organizationsModule: DomainModule = {
  name: "organizations",
  resolvers: [OrganizationResolver, MembershipResolver, OrganizationListResolver, OrganizationDirectoryResolver, OrganizationMembersResolver, OrganizationLogoResolver],
};
