"use client";
import dynamic from "next/dynamic";

// Shown only to signed-in people: loaded where rendered, so that a visitor's page does not
// carry their code and react-hook-form (~12 kB gzip). Rendered on the server as before.
export const BookingForm = dynamic(() => import("./booking-form").then((m) => m.BookingForm));
export const ItemRequestForm = dynamic(() => import("./item-request").then((m) => m.ItemRequestForm));
export const ItemRequestActions = dynamic(() => import("./item-request").then((m) => m.ItemRequestActions));
