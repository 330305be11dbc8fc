import type { UseFormRegisterReturn } from "react-hook-form";
import { checkCoordinate } from "./coordinates";
import { TextField } from "./text-field";

interface Coordinates {
  latitude: string;
  longitude: string;
}

type Rules = { validate: (value: string, all: Coordinates) => true | string };

type Texts = { legend: string; latitude: string; latitudeHint: string; longitude: string; both: string; latitudeRange: string; longitudeRange: string };

/**
 * Registers the latitude and longitude, each checked against the other (both or neither,
 * within range: `checkCoordinate`) before the server checks again. Called by the form in
 * its own render, where the fields stand (as `<CoordinateFields fields={…}>`): a form
 * focuses the first refused field in the order its fields were registered, and a
 * registration inside CoordinateFields' render came after all of the form's own fields.
 */
export function registerCoordinates(
  register: (name: keyof Coordinates, rules: Rules) => UseFormRegisterReturn,
  texts: Pick<Texts, "both" | "latitudeRange" | "longitudeRange">,
): [UseFormRegisterReturn, UseFormRegisterReturn] {
  const rules = (axis: keyof Coordinates, other: keyof Coordinates, range: string): Rules => ({
    validate: (s, all) => checkCoordinate(s, all[other], axis, { both: texts.both, range }),
  });
  return [register("latitude", rules("latitude", "longitude", texts.latitudeRange)), register("longitude", rules("longitude", "latitude", texts.longitudeRange))];
}

/**
 * The latitude and longitude of a place under one legend. `fields` are
 * `registerCoordinates`' registrations; `ids` are the two inputs' ids, in that order.
 */
export function CoordinateFields(props: {
  fields: [UseFormRegisterReturn, UseFormRegisterReturn];
  errors: { latitude?: { message?: string }; longitude?: { message?: string } };
  ids: [string, string];
  texts: Texts;
}) {
  const { fields: [latitude, longitude], errors, texts } = props;
  return (
    <fieldset className="field">
      <legend>{texts.legend}</legend>
      <TextField id={props.ids[0]} label={texts.latitude} hint={texts.latitudeHint} error={errors.latitude?.message} inputMode="decimal" registration={latitude} />
      <TextField id={props.ids[1]} label={texts.longitude} error={errors.longitude?.message} inputMode="decimal" registration={longitude} />
    </fieldset>
  );
}
