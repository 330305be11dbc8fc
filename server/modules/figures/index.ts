import type { DomainModule } from "../module";
import { FiguresResolver } from "./figures.resolver";
import { FiguresRatingsResolver } from "./figures.ratings";

export const figuresModule: DomainModule = { name: "figures", resolvers: [FiguresResolver, FiguresRatingsResolver] };
