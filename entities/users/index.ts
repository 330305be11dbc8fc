import { AccountToken } from "./account-token.entity";
import { User } from "./user.entity";

export * from "./user.entity";
export * from "./account-token.entity";
export const userEntities = [User, AccountToken];
