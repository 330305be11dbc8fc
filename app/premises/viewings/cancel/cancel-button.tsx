"use client";
import { LinkTokenButton } from "../../../components/link-token-button";

export function CancelViewingButton({ token }: { token: string }) {
  return <LinkTokenButton does="cancelViewing" token={token} />;
}
