import type { DomainModule } from "../module";
import { AdminResolver, AuditEntryResolver } from "./admin.resolver";

export const adminModule: DomainModule = { name: "admin", resolvers: [AdminResolver, AuditEntryResolver] };
