import { Arg, ArgsType, Field, ID, Int, type ClassType } from "type-graphql";

/**
 * The two arguments most operations take, written once: `id` or `<thing>Id` (the row acted on) and
 * `input` (the operation's input class, validated by its class-validator rules).
 */
export const IdArg = (name = "id") => Arg(name, () => ID);
export const InputArg = (input: ClassType) => Arg("input", () => input);

/**
 * An image an upload route has just stored, as the operation that registers it names it:
 * the file's key and its size in pixels (the service checks the key, the bounds and that the file exists).
 */
@ArgsType()
export class StoredImageArgs {
  @Field(() => String) key: string;
  @Field(() => Int) width: number;
  @Field(() => Int) height: number;
}

/** A stored photo with its text alternative (a premises', a notice's or a catalogue entry's). */
@ArgsType()
export class StoredPhotoArgs extends StoredImageArgs {
  @Field(() => String, { nullable: true }) alt: string | null;
}

/**
 * A document an upload route has just stored, as the operation that registers it names it: the
 * file's key and the name it was uploaded under (the service reads the bytes again for the type).
 */
@ArgsType()
export class StoredDocumentArgs {
  @Field(() => String) key: string;
  @Field(() => String, { nullable: true }) fileName: string | null;
}
