"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ActionStatus, useActionStatus } from "../../components/forms/action-status";
import { lengthRule, TextAreaField } from "../../components/forms/text-field";
import { showServerFieldErrors } from "../../components/forms/server-errors";
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
  const notice = useActionStatus();
  const { register, handleSubmit, formState, setError, reset } = useForm<{ question: string }>({ defaultValues: { question: "" } });
  const rule = lengthRule(QUESTION.min, QUESTION.max, t("length", QUESTION));
  const onSubmit = async (v: { question: string }) => {
    notice.clear();
    const res = await gqlClient(AskMutation, { demandId, question: v.question.trim() });
    if (res.error) {
      if (showServerFieldErrors(res.error, { question: "" }, setError)) return;
      return notice.show("error", res.error.code === "FORBIDDEN" ? t("closed") : t("error"));
    }
    reset();
    notice.show("success", t("asked"));
    router.refresh();
  };
  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="ask-heading">
      <h3 id="ask-heading">{t("ask")}</h3>
      <p className="muted">{t("anonymous")}</p>
      <ActionStatus status={notice.status} />
      <TextAreaField id="question-text" label={t("question")} error={formState.errors.question?.message} rows={4} registration={register("question", rule)} />
      <SubmitButton submitting={formState.isSubmitting}>{t("send")}</SubmitButton>
    </form>
  );
}

/** The posting official's public answer, given once. */
export function AnswerForm({ questionId, index }: { questionId: string; index: number }) {
  const t = useTranslations("marketplace.qa");
  const router = useRouter();
  const notice = useActionStatus();
  const { register, handleSubmit, formState, setError } = useForm<{ answer: string }>({ defaultValues: { answer: "" } });
  const rule = lengthRule(ANSWER.min, ANSWER.max, t("length", ANSWER));
  const onSubmit = async (v: { answer: string }) => {
    notice.clear();
    const res = await gqlClient(AnswerMutation, { questionId, answer: v.answer.trim() });
    if (res.error) {
      if (showServerFieldErrors(res.error, { answer: "" }, setError)) return;
      return notice.show("error", res.error.code === "CONFLICT" ? t("alreadyAnswered") : t("error"));
    }
    notice.show("success", t("answered"));
    router.refresh();
  };
  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate>
      <ActionStatus status={notice.status} />
      <TextAreaField id={`answer-${questionId}`} label={t("answerLabel", { n: index })} error={formState.errors.answer?.message} rows={3} registration={register("answer", rule)} />
      <SubmitButton submitting={formState.isSubmitting}>{t("publishAnswer")}</SubmitButton>
    </form>
  );
}
