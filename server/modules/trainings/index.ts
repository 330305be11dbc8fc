import type { DomainModule } from "../module";
import { trainingsJobs } from "./trainings.jobs";
import { RegistrationResolver, TrainingMaterialResolver, TrainingResolver } from "./trainings.resolver";
import { seedTrainings } from "./trainings.seed";

export const trainingsModule: DomainModule = {
  name: "trainings",
  resolvers: [TrainingResolver, RegistrationResolver, TrainingMaterialResolver],
  jobs: trainingsJobs,
  seed: seedTrainings,
};
