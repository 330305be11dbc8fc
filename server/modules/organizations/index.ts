import type { DomainModule } from "../module";
import { MembershipResolver, OrganizationResolver } from "./organizations.resolver";

export const organizationsModule: DomainModule = {
  name: "organizations",
  resolvers: [OrganizationResolver, MembershipResolver],
};
