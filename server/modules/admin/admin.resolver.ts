import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Organization, OrganizationMembership } from "../../../entities/organizations";
import { AuditEntry } from "../../../entities/system";
import { Role, User } from "../../../entities/users";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { auditLog, decideOfficial, listUsers, outbox, pendingApprovals, setUserRole } from "./admin.service";
import { OutboxPage } from "./outbox.dto";
import { IdArg } from "../arguments";

@ObjectType()
class PendingApprovals {
  @Field(() => [User]) officials: User[];
  @Field(() => [Organization]) organizations: Organization[];
  @Field(() => [OrganizationMembership]) memberships: OrganizationMembership[];
}

@ObjectType()
class UserPage {
  @Field(() => [User]) items: User[];
  @Field(() => Int) total: number;
}

@ObjectType()
class AuditPage {
  @Field(() => [AuditEntry]) items: AuditEntry[];
  @Field(() => Int) total: number;
}

function page(first: number, offset: number) {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput({ first: "Must be 1 to 100" });
  if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000) throw badInput({ offset: "Must be ≥ 0" });
}

@Resolver()
export class AdminResolver {
  @Authorized("ADMIN")
  @Query(() => PendingApprovals, { description: "ADMIN: officials, organisations and memberships waiting for a decision." })
  pendingApprovals(@Ctx() ctx: Context) {
    return pendingApprovals(ctx.db);
  }

  @Authorized("ADMIN")
  @Query(() => UserPage, { description: "ADMIN: accounts, newest first." })
  users(
    @Ctx() ctx: Context,
    @Arg("search", () => String, { defaultValue: "" }) search: string,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
  ) {
    page(first, offset);
    return listUsers(ctx.db, search, first, offset);
  }

  @Authorized("ADMIN")
  @Query(() => AuditPage, { description: "ADMIN: who changed what in the back office, newest first." })
  auditLog(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
  ) {
    page(first, offset);
    return auditLog(ctx.db, first, offset);
  }

  @Authorized("ADMIN")
  @Query(() => OutboxPage, { description: "ADMIN: the mail queue (the development outbox without SMTP), newest first." })
  outbox(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
    @Arg("to", () => String, { nullable: true }) to?: string | null,
  ) {
    page(first, offset);
    if (to && to.length > 254) throw badInput({ to: "E-mail is too long" });
    return outbox(ctx.db, first, offset, to);
  }

  @Authorized("ADMIN")
  @Mutation(() => User, { description: "ADMIN: accept or refuse (with a reason) an official account; the decision is e-mailed." })
  decideOfficial(
    @IdArg("userId") userId: string,
    @Arg("approve") approve: boolean,
    @Ctx() ctx: Context,
    @Arg("reason", () => String, { nullable: true, description: "Required when refusing: e-mailed to the person." }) reason?: string | null,
  ) {
    return decideOfficial(ctx, userId, approve, reason);
  }

  @Authorized("ADMIN")
  @Mutation(() => User, { description: "ADMIN: change a user's role (applies at once)." })
  setUserRole(@IdArg("userId") userId: string, @Arg("role", () => Role) role: Role, @Ctx() ctx: Context) {
    return setUserRole(ctx, userId, role);
  }
}

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who did it (null for the system or a deleted account)." })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<User | null> | null {
    return entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null;
  }
}
