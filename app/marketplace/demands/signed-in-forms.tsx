"use client";
import dynamic from "next/dynamic";

// A demand's forms and buttons are shown only to signed-in people (its managers, PES
// members): loaded where rendered, so that a visitor's page does not carry their code and
// react-hook-form (~12 kB gzip). Rendered on the server as before.
export const AmendForm = dynamic(() => import("./amend-form").then((m) => m.AmendForm));
export const AnswerForm = dynamic(() => import("./questions").then((m) => m.AnswerForm));
export const AskQuestionForm = dynamic(() => import("./questions").then((m) => m.AskQuestionForm));
export const OfferForm = dynamic(() => import("./offer-form").then((m) => m.OfferForm));
export const DecisionButton = dynamic(() => import("./decision-actions").then((m) => m.DecisionButton));
export const DocumentUploader = dynamic(() => import("../media/document-uploader").then((m) => m.DocumentUploader));
