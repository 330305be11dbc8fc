import type { DomainModule } from "../module";
import { pruneChangeRows } from "../../result-cache";
import { premisesAlertsJob, PremisesSavedSearchResolver } from "./premises.alerts";
import { PremisesPhotoResolver } from "./premises.photos";
import { PremisesEnquiryResolver, PremisesResolver } from "./premises.resolver";
import { seedPremises } from "./premises.seed";
import { PremisesLettingApplicationResolver, PremisesLettingRoundResolver } from "./premises.letting.resolver";
import { premisesViewingsJob } from "./premises.viewings";
import { PremisesViewingBookingResolver, PremisesViewingSlotResolver } from "./premises.viewings.resolver";

export const premisesModule: DomainModule = {
  name: "premises",
  resolvers: [PremisesResolver, PremisesEnquiryResolver, PremisesSavedSearchResolver, PremisesPhotoResolver,
    PremisesViewingSlotResolver, PremisesViewingBookingResolver, PremisesLettingRoundResolver, PremisesLettingApplicationResolver],
  jobs: [
    premisesAlertsJob,
    premisesViewingsJob,
    // The result cache's kept changed rows of premises: ten minutes are enough to carry answers over.
    { name: "premises.cache-rows-prune", everySeconds: 300, run: (db) => pruneChangeRows(db, "premises") },
  ],
  seed: seedPremises,
};
