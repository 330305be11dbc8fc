"use client";
import dynamic from "next/dynamic";

// Shown only to PES members: loaded where rendered, so that a visitor's page does not carry
// its code and react-hook-form (~12 kB gzip). Rendered on the server as before.
export const EnquiryForm = dynamic(() => import("./enquiry-form").then((m) => m.EnquiryForm));
