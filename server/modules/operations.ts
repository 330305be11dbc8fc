import { Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Role } from "../../entities/users";
import type { Context } from "../context";
import { IdArg } from "./arguments";

/*
 * Operations that are nothing but their service, written as a table — one line each rather than
 * a method each whose decorators and call were the same every time. Each is listed with the
 * module's resolvers, like `listQueryOf`; `authorized` is the roles of `@Authorized` over the
 * whole table (`[]`: signed in; left out: no guard).
 */

type Guard = { authorized?: Role[] };
/** What an operation answers, as `@Query`/`@Mutation` take it (`() => X`, `() => [X]`). */
type Returns = Parameters<typeof Query>[0];

/** One mutation of {@link idMutationsOf}: the service it hands the id to, and its description in the schema. */
export type IdOperation = readonly [service: (ctx: Context, id: string) => Promise<unknown>, description?: string];

/** One query of {@link contextQueriesOf}: what it answers, the service it hands the context to, its description. */
export type ContextOperation = readonly [returns: Returns, service: (ctx: Context) => Promise<unknown>, description?: string];

/** Puts `method` on the prototype under `name`, for the decorators to find it there. */
function method(prototype: Record<string, unknown>, name: string, fn: (...args: never[]) => unknown): PropertyDescriptor {
  prototype[name] = fn;
  return Object.getOwnPropertyDescriptor(prototype, name)!;
}

function operationsResolver(guard: Guard, define: (prototype: Record<string, unknown>) => void) {
  class Operations {}
  define(Operations.prototype as unknown as Record<string, unknown>);
  if (guard.authorized) Authorized(guard.authorized)(Operations);
  Resolver()(Operations);
  return Operations;
}

/**
 * Mutations that take nothing but the id of the row they act on (an owner's decision, a cancel, a
 * delete): `export const XActionResolver = idMutationsOf(() => X, { approveX: [approveX, "…"] }, { authorized: [] })`.
 * `idName` names the argument (`id` unless told).
 */
export function idMutationsOf(returns: Returns, operations: Record<string, IdOperation>, options: Guard & { idName?: string } = {}) {
  return operationsResolver(options, (prototype) => {
    for (const [name, [service, description]] of Object.entries(operations)) {
      Mutation(returns, { description })(prototype, name, method(prototype, name, (ctx: Context, id: string) => service(ctx, id)));
      Ctx()(prototype, name, 0);
      IdArg(options.idName)(prototype, name, 1);
    }
  });
}

/**
 * Queries that take no argument: what they answer depends on the signed-in person alone ("my
 * bookings", "waiting for me"): `export const XInboxResolver = contextQueriesOf({ myXs: [() => [X], myXs, "…"] }, { authorized: [] })`.
 */
export function contextQueriesOf(operations: Record<string, ContextOperation>, options: Guard = {}) {
  return operationsResolver(options, (prototype) => {
    for (const [name, [returns, service, description]] of Object.entries(operations)) {
      Query(returns, { description })(prototype, name, method(prototype, name, (ctx: Context) => service(ctx)));
      Ctx()(prototype, name, 0);
    }
  });
}
