import { Arg, ID, type ClassType } from "type-graphql";

/**
 * The two arguments most operations take, written once: `id` or `<thing>Id` (the row acted on) and
 * `input` (the operation's input class, validated by its class-validator rules).
 */
export const IdArg = (name = "id") => Arg(name, () => ID);
export const InputArg = (input: ClassType) => Arg("input", () => input);
