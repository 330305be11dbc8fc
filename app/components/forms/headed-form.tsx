"use client";
import type { FormEventHandler, ReactNode } from "react";
import { ActionStatus, type ActionStatusValue } from "./action-status";

/**
 * A form named by its own heading (`h2`, or `h3` inside a section), with an optional muted
 * lead, and the ActionStatus of its action first, where the person's eyes are after submitting.
 */
export function HeadedForm(props: {
  id: string;
  heading: string;
  level?: 2 | 3;
  lead?: string;
  status: ActionStatusValue | null;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  const Heading = props.level === 3 ? "h3" : "h2";
  return (
    <form className="form" onSubmit={props.onSubmit} noValidate aria-labelledby={props.id}>
      <Heading id={props.id}>{props.heading}</Heading>
      {props.lead && <p className="muted">{props.lead}</p>}
      <ActionStatus status={props.status} />
      {props.children}
    </form>
  );
}
