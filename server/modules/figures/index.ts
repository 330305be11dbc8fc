import type { DomainModule } from "../module";
import { FiguresResolver } from "./figures.resolver";

export const figuresModule: DomainModule = { name: "figures", resolvers: [FiguresResolver] };
