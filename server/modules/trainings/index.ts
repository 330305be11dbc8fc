import type { DomainModule } from "../module";
import { TrainingInvitationResolver } from "./trainings.invitations.resolver";
import { trainingsJobs } from "./trainings.jobs";
import { RegistrationResolver, TrainingMaterialResolver, TrainingResolver } from "./trainings.resolver";
import { seedTrainings } from "./trainings.seed";

export const trainingsModule: DomainModule = {
  name: "trainings",
  resolvers: [TrainingResolver, RegistrationResolver, TrainingMaterialResolver, TrainingInvitationResolver],
  jobs: trainingsJobs,
  seed: seedTrainings,
};
