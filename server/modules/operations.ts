import { Authorized, Ctx, Mutation, Query, Resolver, type ClassType } from "type-graphql";
import type { Role } from "../../entities/users";
import type { Context } from "../context";
import { IdArg, InputArg } from "./arguments";

/*
 * Operations that are nothing but their service, written as a table — one line each rather than
 * a method each whose decorators and call were the same every time. Each is listed with the
 * module's resolvers, like `listQueryOf`; `authorized` is the roles of `@Authorized` over the
 * whole table (`[]`: signed in; left out: no guard), and an operation's own `authorized` adds
 * its roles to that.
 */

type Guard = { authorized?: Role[] };
/** What an operation answers, as `@Query`/`@Mutation` take it (`() => X`, `() => [X]`). */
type Returns = Parameters<typeof Query>[0];

/** One mutation of {@link idMutationsOf}: the service it hands the id to, and its description in the schema. */
export type IdOperation = readonly [service: (ctx: Context, id: string) => Promise<unknown>, description?: string, authorized?: Role[]];

/** One query of {@link contextQueriesOf}: what it answers, the service it hands the context to, its description. */
export type ContextOperation = readonly [returns: Returns, service: (ctx: Context) => Promise<unknown>, description?: string];

/** One mutation of {@link editMutationsOf}: its name, its service, its description and its own roles (`[]`: signed in). */
export type EditOperation<A extends unknown[]> = readonly [name: string, service: (ctx: Context, ...args: A) => Promise<unknown>, description?: string, authorized?: Role[]];

/**
 * Puts `fn` on the prototype as the operation `name` with its decorators: `kind` (Query or
 * Mutation), its own roles if any, and one parameter decorator for each of `fn`'s parameters.
 */
function operation(
  prototype: Record<string, unknown>,
  kind: typeof Query | typeof Mutation,
  [name, returns, description, roles]: readonly [string, Returns, string | undefined, Role[] | undefined],
  fn: (...args: never[]) => unknown,
  params: ReturnType<typeof Ctx>[],
): void {
  prototype[name] = fn;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
  kind(returns, { description })(prototype, name, descriptor);
  if (roles) Authorized(roles)(prototype, name, descriptor);
  params.forEach((param, index) => param(prototype, name, index));
}

function defineIdMutations(prototype: Record<string, unknown>, returns: Returns, operations: Record<string, IdOperation>, idName?: string): void {
  for (const [name, [service, description, roles]] of Object.entries(operations)) {
    operation(prototype, Mutation, [name, returns, description, roles], (ctx: Context, id: string) => service(ctx, id), [Ctx(), IdArg(idName)]);
  }
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
  return operationsResolver(options, (prototype) => defineIdMutations(prototype, returns, operations, options.idName));
}

/**
 * Queries that take no argument: what they answer depends on the signed-in person alone ("my
 * bookings", "waiting for me"): `export const XInboxResolver = contextQueriesOf({ myXs: [() => [X], myXs, "…"] }, { authorized: [] })`.
 */
export function contextQueriesOf(operations: Record<string, ContextOperation>, options: Guard = {}) {
  return operationsResolver(options, (prototype) => {
    for (const [name, [returns, service, description]] of Object.entries(operations)) {
      operation(prototype, Query, [name, returns, description, undefined], (ctx: Context) => service(ctx), [Ctx()]);
    }
  });
}

/**
 * The two mutations of a thing edited through one input class: `create…(input)` and
 * `update…(id, input)`, each handing the validated input to its service, and the actions on it
 * that take only its id and answer it (as {@link idMutationsOf}):
 * `export const XEditResolver = editMutationsOf(() => X, XInput, { create: ["createX", createX, "…"], update: ["updateX", updateX], actions: { archiveX: [archiveX] } })`.
 */
export function editMutationsOf<I extends object>(returns: Returns, input: ClassType<I>, edits: { create: EditOperation<[I]>; update: EditOperation<[string, I]>; actions?: Record<string, IdOperation> }, options: Guard = {}) {
  return operationsResolver(options, (prototype) => {
    const [create, createService, createDescription, createRoles] = edits.create;
    operation(prototype, Mutation, [create, returns, createDescription, createRoles], (ctx: Context, value: I) => createService(ctx, value), [Ctx(), InputArg(input)]);
    const [update, updateService, updateDescription, updateRoles] = edits.update;
    operation(prototype, Mutation, [update, returns, updateDescription, updateRoles], (ctx: Context, id: string, value: I) => updateService(ctx, id, value), [Ctx(), IdArg(), InputArg(input)]);
    defineIdMutations(prototype, returns, edits.actions ?? {});
  });
}
