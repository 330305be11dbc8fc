import type { DomainModule } from "../module";
import { trainingsJobs } from "./trainings.jobs";
import { RegistrationResolver, TrainingResolver } from "./trainings.resolver";
import { seedTrainings } from "./trainings.seed";

export const trainingsModule: DomainModule = {
  name: "trainings",
  resolvers: [TrainingResolver, RegistrationResolver],
  jobs: trainingsJobs,
  seed: seedTrainings,
};
