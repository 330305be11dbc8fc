"use client";

import { IntlErrorCode, NextIntlClientProvider, type IntlError } from "next-intl";
import type { ComponentProps } from "react";

const loud = process.env.NODE_ENV !== "production";

/**
 * A client component asking for a message its section does not give shows the key in
 * production (and logs it, which the browser tests count as an error); in development and
 * tests it throws, so the page that needs it fails where it is made.
 */
export function onClientMessageError(error: IntlError) {
  if (loud && error.code === IntlErrorCode.MISSING_MESSAGE) throw error;
  console.error(error);
}

/** next-intl's client provider with {@link onClientMessageError} (a function: it cannot come from a server component). */
export function ClientMessagesProvider(props: ComponentProps<typeof NextIntlClientProvider>) {
  return <NextIntlClientProvider {...props} onError={onClientMessageError} />;
}
