import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * Whether a stored hash is a password at all: an account made by the city sign-in holds
 * "!city-…" and an erased one "!deleted", which no password matches.
 */
export function isPasswordHash(hash: string | null | undefined): boolean {
  return !!hash && /^\$2[aby]\$/.test(hash);
}

/** Compared against when the e-mail is unknown, so both failures take the same time. */
export const DUMMY_HASH = bcrypt.hashSync("not-a-real-password", COST);
