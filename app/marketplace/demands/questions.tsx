"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionStatus } from "../../components/forms/action-status";
import { HeadedForm } from "../../components/forms/headed-form";
import { useServerForm } from "../../components/forms/server-form";
import { lengthRule, TextAreaField } from "../../components/forms/text-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";

const AskMutation = graphql(`mutation AskDemandQuestion($demandId: ID!, $question: String!) { askDemandQuestion(demandId: $demandId, question: $question) { id } }`);
const AnswerMutation = graphql(`mutation AnswerDemandQuestion($questionId: ID!, $answer: String!) { answerDemandQuestion(questionId: $questionId, answer: $answer) { id answer } }`);

/** The API's limits (server/modules/marketplace/demands.questions.ts). */
const QUESTION = { min: 5, max: 2000 };
const ANSWER = { min: 1, max: 5000 };

/** A verified PES member's question; published without their name. */
export function AskQuestionForm({ demandId }: { demandId: string }) {
  const t = useTranslations("marketplace.qa");
  const router = useRouter();
  const { register, formState, reset, status, show, submit, refused } = useServerForm<{ question: string }>({ defaultValues: { question: "" } });
  const rule = lengthRule(QUESTION.min, QUESTION.max, t("length", QUESTION));
  const onSubmit = submit(async (v) => {
    const res = await gqlClient(AskMutation, { demandId, question: v.question.trim() });
    if (refused(res, (e) => (e.code === "FORBIDDEN" ? t("closed") : t("error")))) return;
    reset();
    show("success", t("asked"));
    router.refresh();
  });
  return (
    <HeadedForm id="ask-heading" heading={t("ask")} level={3} lead={t("anonymous")} status={status} onSubmit={onSubmit}>
      <TextAreaField id="question-text" label={t("question")} error={formState.errors.question?.message} rows={4} registration={register("question", rule)} />
      <SubmitButton submitting={formState.isSubmitting}>{t("send")}</SubmitButton>
    </HeadedForm>
  );
}

/** The posting official's public answer, given once. */
export function AnswerForm({ questionId, index }: { questionId: string; index: number }) {
  const t = useTranslations("marketplace.qa");
  const router = useRouter();
  const { register, formState, status, show, submit, refused } = useServerForm<{ answer: string }>({ defaultValues: { answer: "" } });
  const rule = lengthRule(ANSWER.min, ANSWER.max, t("length", ANSWER));
  const onSubmit = submit(async (v) => {
    const res = await gqlClient(AnswerMutation, { questionId, answer: v.answer.trim() });
    if (refused(res, (e) => (e.code === "CONFLICT" ? t("alreadyAnswered") : t("error")))) return;
    show("success", t("answered"));
    router.refresh();
  });
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ActionStatus status={status} />
      <TextAreaField id={`answer-${questionId}`} label={t("answerLabel", { n: index })} error={formState.errors.answer?.message} rows={3} registration={register("answer", rule)} />
      <SubmitButton submitting={formState.isSubmitting}>{t("publishAnswer")}</SubmitButton>
    </form>
  );
}
