import type { DomainModule } from "../module";
import { AccountResolver } from "./account.resolver";
import { UserResolver } from "./users.resolver";
import { seedUsers } from "./users.seed";

export const usersModule: DomainModule = {
  name: "users",
  resolvers: [UserResolver, AccountResolver],
  seed: seedUsers,
};
