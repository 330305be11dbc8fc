import { User } from "./user.entity";

export * from "./user.entity";
export const userEntities = [User];
