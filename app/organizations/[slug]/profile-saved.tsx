"use client";
import { ActionStatus, useActionStatus } from "../../components/forms/action-status";

/** The form's name under which the edit page keeps its confirmation for the profile it goes back to. */
export const PROFILE_SAVED = "organization-profile";

/**
 * "Profile saved", on the profile the edit form goes back to after a save, focused: the
 * form's own confirmation vanishes with the edit page.
 */
export function ProfileSaved() {
  const { status } = useActionStatus(null, PROFILE_SAVED);
  return <ActionStatus status={status} />;
}
