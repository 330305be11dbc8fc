import { getLocale } from "next-intl/server";
import { dateFormatter, type DateFormatter } from "./dates";

/** In server components: the app's date formatter for the request's language. */
export async function getDateFormatter(): Promise<DateFormatter> {
  return dateFormatter(await getLocale());
}
