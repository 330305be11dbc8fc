import type { DomainModule } from "../module";
import { SearchResolver } from "./search.resolver";

export const searchModule: DomainModule = { name: "search", resolvers: [SearchResolver] };
