import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ComponentProps, ReactNode } from "react";

/**
 * Renders a component under test with the message namespaces it reads (from
 * app/i18n/messages), as a Polish page unless `options.locale` says otherwise.
 */
export function renderWithMessages(
  messages: ComponentProps<typeof NextIntlClientProvider>["messages"],
  ui: ReactNode,
  options: { locale?: string; timeZone?: string } = {},
) {
  return render(
    <NextIntlClientProvider locale="pl" {...options} messages={messages}>
      {ui}
    </NextIntlClientProvider>,
  );
}
