import type { DataSource } from "typeorm";
import { Training, type Audience } from "../../../entities/trainings";
import { Role, type User } from "../../../entities/users";
import { createUser } from "../../factories";
import { gql, ok } from "../../helpers/graphql";

export const DAY = 86_400_000;

export const CREATE = `mutation($input: TrainingInput!) {
  createTraining(input: $input) { id title capacity audience seatsLeft confirmedCount waitlistCount startsAt endsAt registrationDeadline
    kind officialsQuota pesQuota residentsQuota topics trainers }
}`;
export const REGISTER = `mutation($id: ID!, $answers: RegistrationAnswersInput) {
  registerForTraining(trainingId: $id, answers: $answers) { id status waitlistPosition audience user { id } training { id seatsLeft confirmedCount waitlistCount } }
}`;
export const CANCEL = `mutation($id: ID!) { cancelRegistration(trainingId: $id) { id status waitlistPosition } }`;
export const TRAINING = `query($id: ID!) { training(id: $id) { id capacity seatsLeft confirmedCount waitlistCount audience
  myRegistration { id status waitlistPosition } } }`;

export function trainingInput(over: Record<string, unknown> = {}) {
  const start = Date.now() + 30 * DAY;
  return {
    title: "Klauzule społeczne w praktyce",
    description: "Szkolenie wspólne",
    venue: "Urząd Miasta Torunia, sala 102",
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 4 * 3600_000).toISOString(),
    registrationDeadline: new Date(start - 2 * DAY).toISOString(),
    capacity: 10,
    audience: ["OFFICIALS", "PES", "RESIDENTS"] as Audience[] | string[],
    ...over,
  };
}

let organiser: User | undefined;
/** Creates a training through the API (as an official) and returns its id. */
export async function createTraining(ds: DataSource, over: Record<string, unknown> = {}): Promise<string> {
  organiser ??= await createUser(ds, { role: Role.OFFICIAL });
  return ok(await gql(ds, CREATE, { input: trainingInput(over) }, organiser.id)).createTraining.id as string;
}

/** Moves a training's dates (e.g. into the past) directly in the database. */
export async function setDates(ds: DataSource, id: string, d: Partial<Pick<Training, "startsAt" | "endsAt" | "registrationDeadline">>) {
  await ds.getRepository(Training).update(id, d);
}
