import type { DomainModule } from "../module";
import { TrainingInvitationResolver } from "./trainings.invitations.resolver";
import { trainingsJobs } from "./trainings.jobs";
import { TrainingOrganiserResolver } from "./trainings.organiser.resolver";
import { RegistrantResolver, RegistrationResolver, TrainingMaterialResolver, TrainingResolver } from "./trainings.resolver";
import { seedTrainings } from "./trainings.seed";

export const trainingsModule: DomainModule = {
  name: "trainings",
  resolvers: [TrainingResolver, TrainingOrganiserResolver, RegistrationResolver, RegistrantResolver, TrainingMaterialResolver, TrainingInvitationResolver],
  jobs: trainingsJobs,
  seed: seedTrainings,
};
