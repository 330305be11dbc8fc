import type { DomainModule } from "../module";
import { TrainingInvitationResolver } from "./trainings.invitations.resolver";
import { trainingsJobs } from "./trainings.jobs";
import { TrainingEditResolver, TrainingMaterialDeleteResolver, TrainingOrganiserResolver } from "./trainings.organiser.resolver";
import { MyRegistrationsResolver, RegistrantResolver, RegistrationResolver, TrainingMaterialResolver, TrainingResolver } from "./trainings.resolver";
import { seedTrainings } from "./trainings.seed";

export const trainingsModule: DomainModule = {
  name: "trainings",
  resolvers: [TrainingResolver, TrainingOrganiserResolver, TrainingEditResolver, TrainingMaterialDeleteResolver, RegistrationResolver, RegistrantResolver, MyRegistrationsResolver, TrainingMaterialResolver, TrainingInvitationResolver],
  jobs: trainingsJobs,
  seed: seedTrainings,
};
