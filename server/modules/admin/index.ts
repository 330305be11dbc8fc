import type { DomainModule } from "../module";
import { AdminResolver, AuditEntryResolver } from "./admin.resolver";
import { approvalsJobs } from "./approvals.jobs";
import { ApprovalsResolver, OrganizationApplicantResolver } from "./approvals.resolver";

export const adminModule: DomainModule = {
  name: "admin",
  resolvers: [AdminResolver, AuditEntryResolver, ApprovalsResolver, OrganizationApplicantResolver],
  jobs: approvalsJobs,
};
