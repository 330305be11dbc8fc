import type { DomainModule } from "../module";
import { premisesAlertsJob, PremisesSavedSearchResolver } from "./premises.alerts";
import { PremisesPhotoResolver } from "./premises.photos";
import { PremisesEnquiryResolver, PremisesResolver } from "./premises.resolver";
import { seedPremises } from "./premises.seed";

export const premisesModule: DomainModule = {
  name: "premises",
  resolvers: [PremisesResolver, PremisesEnquiryResolver, PremisesSavedSearchResolver, PremisesPhotoResolver],
  jobs: [premisesAlertsJob],
  seed: seedPremises,
};
