/** A decimal typed the Polish way too (comma, spaces): "53,0102" → 53.0102. */
export const parseDecimal = (v: string) => Number(v.trim().replace(/\s/g, "").replace(",", "."));

const COORDINATE = /^-?\d+([.,]\d+)?$/;

/**
 * Form-side check of one coordinate (the server checks again): both or neither, and
 * within ±90 (latitude) or ±180 (longitude). Returns true or the message to show.
 */
export function checkCoordinate(
  value: string,
  other: string,
  axis: "latitude" | "longitude",
  messages: { both: string; range: string },
): true | string {
  if (!value.trim()) return !other.trim() || messages.both;
  const limit = axis === "latitude" ? 90 : 180;
  return (COORDINATE.test(value.trim()) && Math.abs(parseDecimal(value)) <= limit) || messages.range;
}

/** The value to send: null when empty. */
export const coordinateOrNull = (v: string) => (v.trim() ? parseDecimal(v) : null);
