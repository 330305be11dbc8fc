import { TORUN_DISTRICTS } from "../../../entities/districts";
import { Options } from "./options";

/**
 * The options of every district <select> (forms and search filters alike): the empty
 * choice first — "choose", "any" or "none", as the form means it — then Toruń's districts.
 * The <select> itself stays with the form, which registers it or gives its default value.
 */
export function DistrictOptions({ empty }: { empty: string }) {
  return <Options values={TORUN_DISTRICTS} empty={empty} />;
}
