import type { DomainModule } from "../module";
import { UserResolver } from "./users.resolver";
import { seedUsers } from "./users.seed";

export const usersModule: DomainModule = {
  name: "users",
  resolvers: [UserResolver],
  seed: seedUsers,
};
