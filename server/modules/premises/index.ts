import type { DomainModule } from "../module";
import { premisesAlertsJob, PremisesSavedSearchResolver } from "./premises.alerts";
import { PremisesPhotoResolver, PremisesPhotoUrlResolver } from "./premises.photos";
import { PremisesEditResolver, PremisesEnquiryResolver, PremisesResolver } from "./premises.resolver";
import { seedPremises } from "./premises.seed";
import { PremisesLettingApplicationResolver, PremisesLettingRoundResolver } from "./premises.letting.resolver";
import { premisesViewingsJob } from "./premises.viewings";
import { PremisesViewingBookingResolver, PremisesViewingSlotResolver } from "./premises.viewings.resolver";

export const premisesModule: DomainModule = {
  name: "premises",
  resolvers: [PremisesResolver, PremisesEditResolver, PremisesEnquiryResolver, PremisesSavedSearchResolver, PremisesPhotoResolver, PremisesPhotoUrlResolver,
    PremisesViewingSlotResolver, PremisesViewingBookingResolver, PremisesLettingRoundResolver, PremisesLettingApplicationResolver],
  jobs: [premisesAlertsJob, premisesViewingsJob],
  seed: seedPremises,
};
