import type { UseFormRegisterReturn } from "react-hook-form";
import { checkCoordinate } from "./coordinates";
import { TextField } from "./text-field";

interface Coordinates {
  latitude: string;
  longitude: string;
}

type Rules = { validate: (value: string, all: Coordinates) => true | string };

/**
 * The latitude and longitude of a place under one legend, each checked against the other
 * (both or neither, within range: `checkCoordinate`) before the server checks again.
 * `register` is the form's own; `ids` are the two inputs' ids, in that order.
 */
export function CoordinateFields(props: {
  register: (name: keyof Coordinates, rules: Rules) => UseFormRegisterReturn;
  errors: { latitude?: { message?: string }; longitude?: { message?: string } };
  ids: [string, string];
  texts: { legend: string; latitude: string; latitudeHint: string; longitude: string; both: string; latitudeRange: string; longitudeRange: string };
}) {
  const { register, errors, texts } = props;
  const rules = (axis: keyof Coordinates, other: keyof Coordinates, range: string): Rules => ({
    validate: (s, all) => checkCoordinate(s, all[other], axis, { both: texts.both, range }),
  });
  const latitude = register("latitude", rules("latitude", "longitude", texts.latitudeRange));
  const longitude = register("longitude", rules("longitude", "latitude", texts.longitudeRange));
  return (
    <fieldset className="field">
      <legend>{texts.legend}</legend>
      <TextField id={props.ids[0]} label={texts.latitude} hint={texts.latitudeHint} error={errors.latitude?.message} inputMode="decimal" registration={latitude} />
      <TextField id={props.ids[1]} label={texts.longitude} error={errors.longitude?.message} inputMode="decimal" registration={longitude} />
    </fieldset>
  );
}
