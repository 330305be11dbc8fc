"use client";
import { useRouter } from "next/navigation";
import { RegistrationButton, type RegistrationButtonProps } from "./registration-button";

/** The button, with the page's seat counts refreshed after each change. */
export function RegistrationPanel(props: Omit<RegistrationButtonProps, "onChange">) {
  const router = useRouter();
  return <RegistrationButton {...props} onChange={() => router.refresh()} />;
}
