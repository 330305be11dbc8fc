import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Organization, OrganizationMembership } from "../../../entities/organizations";
import { AuditEntry } from "../../../entities/system";
import { Role, User } from "../../../entities/users";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { auditLog, decideOfficial, listUsers, outbox, pendingApprovals, setUserRole } from "./admin.service";
import { OutboxPage } from "./outbox.dto";
import { OffsetArgs, offsetPageOf } from "./offset-page";
import { IdArg } from "../arguments";

@ObjectType()
class PendingApprovals {
  @Field(() => [User]) officials: User[];
  @Field(() => [Organization]) organizations: Organization[];
  @Field(() => [OrganizationMembership]) memberships: OrganizationMembership[];
}

@ObjectType("UserPage")
class UserPage extends offsetPageOf(User) {}

@ObjectType("AuditPage")
class AuditPage extends offsetPageOf(AuditEntry) {}

@Authorized("ADMIN")
@Resolver()
export class AdminResolver {
  @Query(() => PendingApprovals, { description: "ADMIN: officials, organisations and memberships waiting for a decision." })
  pendingApprovals(@Ctx() ctx: Context) {
    return pendingApprovals(ctx.db);
  }

  @Query(() => UserPage, { description: "ADMIN: accounts, newest first." })
  users(@Ctx() ctx: Context, @Arg("search", () => String, { defaultValue: "" }) search: string, @Args() page: OffsetArgs) {
    return listUsers(ctx.db, search, page.first, page.offset);
  }

  @Query(() => AuditPage, { description: "ADMIN: who changed what in the back office, newest first." })
  auditLog(@Ctx() ctx: Context, @Args() page: OffsetArgs) {
    return auditLog(ctx.db, page.first, page.offset);
  }

  @Query(() => OutboxPage, { description: "ADMIN: the mail queue (the development outbox without SMTP), newest first." })
  outbox(
    @Ctx() ctx: Context,
    @Args() page: OffsetArgs,
    @Arg("to", () => String, { nullable: true }) to?: string | null,
  ) {
    if (to && to.length > 254) throw badInput({ to: "E-mail is too long" });
    return outbox(ctx.db, page.first, page.offset, to);
  }

  @Mutation(() => User, { description: "ADMIN: accept or refuse (with a reason) an official account; the decision is e-mailed." })
  decideOfficial(
    @IdArg("userId") userId: string,
    @Arg("approve") approve: boolean,
    @Ctx() ctx: Context,
    @Arg("reason", () => String, { nullable: true, description: "Required when refusing: e-mailed to the person." }) reason?: string | null,
  ) {
    return decideOfficial(ctx, userId, approve, reason);
  }

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
