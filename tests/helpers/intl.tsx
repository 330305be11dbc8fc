import { render } from "@testing-library/react";
import type { ComponentProps, ReactNode } from "react";
import { ClientMessagesProvider } from "../../app/i18n/client-messages-provider";

/**
 * Renders a component under test with the message namespaces it reads (from
 * app/i18n/messages), as a Polish page unless `options.locale` says otherwise. A message
 * the component asks for and `messages` lacks throws, as on a development server.
 */
export function renderWithMessages(
  messages: ComponentProps<typeof ClientMessagesProvider>["messages"],
  ui: ReactNode,
  options: { locale?: string; timeZone?: string } = {},
) {
  return render(
    <ClientMessagesProvider locale="pl" {...options} messages={messages}>
      {ui}
    </ClientMessagesProvider>,
  );
}
