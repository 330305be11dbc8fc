/**
 * @jest-environment node
 */
import { JSDOM } from "jsdom";
import type { ComponentProps, ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { useForm, type UseFormReturn } from "react-hook-form";
import { PremisesForm, EMPTY_PREMISES } from "../../../app/admin/premises/premises-form";
import { RadioGroup } from "../../../app/components/forms/radio-group";
import { useSavedForm } from "../../../app/components/forms/server-form";
import { ClientMessagesProvider } from "../../../app/i18n/client-messages-provider";
import premises from "../../../app/i18n/messages/pl/premises.json";
import organizations from "../../../app/i18n/messages/pl/organizations.json";
import common from "../../../app/i18n/messages/pl/common.json";
import { ProfileForm } from "../../../app/organizations/[slug]/edit/profile-form";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);

/**
 * Edit forms rendered by react-dom/server in node, as on the server: a textarea's text and a
 * box's tick go only into the server's HTML (app/components/forms/saved-values.ts); the
 * shared mechanism and its hydration are pinned in saved-values.test.tsx.
 */
const serverHtml = (ui: ReactNode) => new JSDOM(renderToString(ui)).window.document;
const field = <E extends Element>(doc: Document, selector: string) => doc.querySelector(selector) as E;
const value = (doc: Document, selector: string) => field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(doc, selector).value;
const checked = (doc: Document, selector: string) => field<HTMLInputElement>(doc, selector).checked;
/** A form's server HTML under the message namespaces it reads. */
const formHtml = (messages: ComponentProps<typeof ClientMessagesProvider>["messages"], ui: ReactNode) =>
  serverHtml(<ClientMessagesProvider locale="pl" timeZone="Europe/Warsaw" messages={messages}>{ui}</ClientMessagesProvider>);
/** The values the fields of `expected` (selectors) show, to compare with it. */
const valuesOf = (doc: Document, expected: Record<string, string>) => Object.fromEntries(Object.keys(expected).map((s) => [s, value(doc, s)]));

function Sizes({ hook }: { hook: (props: { defaultValues: { size: string } }) => UseFormReturn<{ size: string }> }) {
  const { register } = hook({ defaultValues: { size: "M" } });
  return <RadioGroup legend="Size" idPrefix="size" values={["S", "M"]} label={(v) => v} registration={register("size")} />;
}

describe("the server's HTML of an edit form holds the saved values, ticks and a textarea's text among them", () => {
  it("a radio button (and none from a plain useForm)", () => {
    expect([checked(serverHtml(<Sizes hook={useSavedForm} />), "#size-M"), checked(serverHtml(<Sizes hook={useForm} />), "#size-M")]).toEqual([true, false]);
  });

  it("an official's premises edit form", () => {
    const initial = {
      ...EMPTY_PREMISES,
      address: "ul. Szeroka 12", district: "Mokre", areaM2: "45,5", status: "RESERVED" as const, stepFree: true,
      description: "\nLokal na parterze.\nWejście od podwórza.", utilities: ["WATER" as const, "ELECTRICITY" as const], latitude: "53,01", contactEmail: "zarzad@example.org",
    };
    const doc = formHtml({ premises, common }, <PremisesForm id="p1" initial={initial} />);
    const shown = {
      "#p-address": "ul. Szeroka 12", "#p-district": "Mokre", "#p-area": "45,5", "#p-status": "RESERVED",
      "#p-description": "\nLokal na parterze.\nWejście od podwórza.", "#p-lat": "53,01", "#p-cemail": "zarzad@example.org",
    };
    expect(valuesOf(doc, shown)).toEqual(shown);
    expect(["#p-stepFree", "#p-pref", "#p-utility-WATER", "#p-utility-ELECTRICITY", "#p-utility-GAS"].map((s) => checked(doc, s))).toEqual([true, false, true, true, false]);
  });

  it("an organisation's profile edit form (useServerForm)", () => {
    const initial = {
      name: "Spółdzielnia Socjalna Przykład", legalForm: "FOUNDATION" as const, krs: "", nip: "", address: "ul. Długa 1", district: "Bielany",
      description: "Szyjemy torby.", email: "biuro@example.org", phone: "", website: "", logoUrl: "", activities: "krawiectwo, catering",
    };
    const doc = formHtml({ organizations, common }, <ProfileForm id="o1" initial={initial} />);
    const shown = { "#profile-name": initial.name, "#profile-legalForm": "FOUNDATION", "#profile-district": "Bielany", "#profile-description": "Szyjemy torby.", "#profile-activities": "krawiectwo, catering" };
    expect(valuesOf(doc, shown)).toEqual(shown);
  });
});
