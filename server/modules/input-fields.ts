import { ArrayMaxSize, IsBoolean, IsDate, IsEmail, IsEnum, IsIn, IsNumber, IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, Float, ID } from "type-graphql";
import { LOCALES } from "../../entities/locales";

/**
 * The fields that input classes of several domains share, each one decorator made of the
 * GraphQL field and its class-validator rules, so that a rule and its message are written once.
 */

/** Several property decorators as one, applied bottom-up as the same decorators written above a property would be. */
export function composed(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.reduceRight((_, d) => d(target, key), undefined as void);
}

interface Described {
  description?: string;
}

/** `{ nullable: true }` with the description, when there is one. */
function nullable(options: Described & { defaultValue?: unknown }) {
  return { nullable: true, ...options };
}

function withMessage(message: string | undefined) {
  return message === undefined ? undefined : { message };
}

/** An optional string of at most `max` characters. */
export function OptionalText(max: number, options: Described & { message?: string } = {}): PropertyDecorator {
  const { message, ...field } = options;
  return composed(Field(() => String, nullable(field)), IsOptional(), MaxLength(max, withMessage(message)));
}

/** An optional true/false. */
export function OptionalBoolean(options: Described & { defaultValue?: boolean } = {}): PropertyDecorator {
  return composed(Field(() => Boolean, nullable(options)), IsOptional(), IsBoolean());
}

/** An optional value of a registered GraphQL enum. */
export function OptionalEnum(values: object, options: Described & { message?: string; defaultValue?: unknown } = {}): PropertyDecorator {
  const { message, ...field } = options;
  return composed(Field(() => values, nullable(field)), IsOptional(), IsEnum(values, withMessage(message)));
}

/** An optional id; anything but a uuid is refused with `message`. */
export function OptionalId(message: string, options: Described = {}): PropertyDecorator {
  return composed(Field(() => ID, nullable(options)), IsOptional(), IsUUID("all", { message }));
}

/** An optional date and time. */
export function OptionalDate(options: Described & { message?: string } = {}): PropertyDecorator {
  const { message, ...field } = options;
  return composed(Field(() => Date, nullable(field)), IsOptional(), IsDate(withMessage(message)));
}

/** An optional list of at most `maxItems` strings of at most `maxLength` characters each (tags, options). */
export function OptionalTextList(maxItems: number, maxLength: number, options: Described = {}): PropertyDecorator {
  return composed(Field(() => [String], nullable(options)), IsOptional(), ArrayMaxSize(maxItems), MaxLength(maxLength, { each: true }));
}

/** An optional latitude (`bound` 90) or longitude (`bound` 180) in degrees. */
export function OptionalCoordinate(bound: 90 | 180, options: Described = {}): PropertyDecorator {
  const between = { message: `Must be between -${bound} and ${bound}` };
  return composed(
    Field(() => Float, nullable(options)),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: "Must be a finite number" }),
    Min(-bound, between),
    Max(bound, between),
  );
}

/** A person's e-mail address (sign-up, password reset, newsletter). */
export function EmailAddress(): PropertyDecorator {
  return composed(Field(), MaxLength(254, { message: "E-mail is too long" }), IsEmail({}, { message: "Enter a valid e-mail address" }));
}

/** The optional language of someone's e-mails: pl or en. */
export function OptionalLocale(description: string): PropertyDecorator {
  return composed(
    Field(() => String, nullable({ description })),
    IsOptional(),
    IsIn(LOCALES as unknown as string[], { message: "Language must be pl or en" }),
  );
}

/**
 * An optional list of values from `values` (districts, condition codes), each at most once
 * in effect: a list longer than `values` is refused with `tooMany`, an unknown value with `message`.
 */
export function OptionalSubset(
  type: object,
  values: readonly string[],
  options: Described & { tooMany: string; message: string },
): PropertyDecorator {
  const { tooMany, message, ...field } = options;
  return composed(
    Field(() => [type], nullable(field)),
    IsOptional(),
    ArrayMaxSize(values.length, { message: tooMany }),
    IsIn(values as string[], { each: true, message }),
  );
}
