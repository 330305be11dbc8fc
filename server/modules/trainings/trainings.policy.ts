import { Audience, AUDIENCES, type Training } from "../../../entities/trainings";
import { Role, type User } from "../../../entities/users";
import { isStaff } from "../../auth/roles";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { forbidden } from "../../errors";

/**
 * The audiences a person belongs to. An OFFICIAL is in OFFICIALS, a PES_MEMBER in PES,
 * a RESIDENT in RESIDENTS; an ADMIN in all of them.
 */
export function audiencesOf(user: Pick<User, "role">): Audience[] {
  switch (user.role) {
    case Role.ADMIN:
      return AUDIENCES;
    case Role.OFFICIAL:
      return [Audience.OFFICIALS];
    case Role.PES_MEMBER:
      return [Audience.PES];
    default:
      return [Audience.RESIDENTS];
  }
}

/** The audiences of `training` that `user` may register as, in the training's order. */
export function eligibleAudiences(user: Pick<User, "role">, training: Pick<Training, "audience">): Audience[] {
  const mine = audiencesOf(user);
  return AUDIENCES.filter((a) => training.audience.includes(a) && mine.includes(a));
}

/** Organisers run trainings: create, edit, cancel, see registrations, check people in. */
export function canOrganise(user: Pick<User, "role"> | null): boolean {
  return isStaff(user);
}

/** The signed-in organiser, or UNAUTHENTICATED / FORBIDDEN: the guard of every organiser's operation. */
export function requireOrganiser(ctx: Context): User {
  const user = requireUser(ctx);
  if (!canOrganise(user)) throw forbidden();
  return user;
}

export type RegistrationRefusal = "CANCELLED" | "STARTED" | "DEADLINE" | "AUDIENCE" | null;

/**
 * Why `user` may not register for `training` now, or null when they may.
 * One rule for the API and for the page's button.
 */
export function registrationRefusal(
  user: Pick<User, "role">,
  training: Pick<Training, "audience" | "cancelledAt" | "startsAt" | "registrationDeadline">,
  now = new Date(),
): RegistrationRefusal {
  if (training.cancelledAt) return "CANCELLED";
  if (training.startsAt.getTime() <= now.getTime()) return "STARTED";
  if (training.registrationDeadline && training.registrationDeadline.getTime() < now.getTime()) return "DEADLINE";
  if (!eligibleAudiences(user, training).length) return "AUDIENCE";
  return null;
}
