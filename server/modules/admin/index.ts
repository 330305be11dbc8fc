import type { DomainModule } from "../module";
import { AdminResolver } from "./admin.resolver";

export const adminModule: DomainModule = { name: "admin", resolvers: [AdminResolver] };
