import "reflect-metadata";
import { graphql, printSchema } from "graphql";
import { buildSchemaSync, Field, ID, ObjectType, InputType } from "type-graphql";
import { Role } from "../../entities/users";
import { authChecker } from "../schema";
import type { Context } from "../context";
import { contextQueriesOf, editMutationsOf, idMutationsOf } from "./operations";

@ObjectType("OperationsTestThing")
class Thing {
  @Field(() => ID) id: string;
  @Field() note: string;
}

@InputType("OperationsTestThingInput")
class ThingInput {
  @Field() note: string;
}

const calls: unknown[][] = [];
const service = (what: string) => async (_ctx: Context, ...args: unknown[]) => (calls.push([what, ...args]), { id: "1", note: what });

const schema = buildSchemaSync({
  resolvers: [
    idMutationsOf(() => Thing, { closeThing: [service("close"), "Closes it."] }, { authorized: [] }),
    contextQueriesOf({ myThings: [() => [Thing], async () => [{ id: "2", note: "mine" }], "Mine."] }),
    editMutationsOf(() => Thing, ThingInput, { create: ["createThing", service("create"), undefined, [Role.ADMIN]], update: ["updateThing", service("update")], actions: { openThing: [service("open")] } }),
  ],
  authChecker,
  validate: false,
});

const run = (source: string, user: { role: Role } | null) => graphql({ schema, source, contextValue: { user } as unknown as Context });

describe("operation tables", () => {
  beforeEach(() => (calls.length = 0));

  it("declares each operation with its arguments and description, as a method would", () => {
    const sdl = printSchema(schema);
    expect(sdl).toContain('"""Closes it."""\n  closeThing(id: ID!): OperationsTestThing!');
    expect(sdl).toContain('"""Mine."""\n  myThings: [OperationsTestThing!]!');
    expect(sdl).toContain("createThing(input: OperationsTestThingInput!): OperationsTestThing!");
    expect(sdl).toContain("updateThing(id: ID!, input: OperationsTestThingInput!): OperationsTestThing!");
    expect(sdl).toContain("openThing(id: ID!): OperationsTestThing!");
  });

  it("hands the context's arguments to the service in order", async () => {
    const admin = { role: Role.ADMIN };
    await run(`mutation { updateThing(id: "7", input: { note: "n" }) { id } }`, admin);
    await run(`mutation { closeThing(id: "8") { id } }`, admin);
    expect(calls).toEqual([["update", "7", expect.objectContaining({ note: "n" })], ["close", "8"]]);
    expect((await run(`{ myThings { note } }`, null)).data).toEqual({ myThings: [{ note: "mine" }] });
  });

  it("guards the table and an operation's own roles", async () => {
    expect((await run(`mutation { closeThing(id: "8") { id } }`, null)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await run(`mutation { createThing(input: { note: "n" }) { id } }`, { role: Role.RESIDENT })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await run(`mutation { createThing(input: { note: "n" }) { id } }`, { role: Role.ADMIN })).errors).toBeUndefined();
    expect(calls).toEqual([["create", expect.objectContaining({ note: "n" })]]);
  });
});
