"use client";
import { LinkTokenButton } from "../../../components/link-token-button";

export function UnsubscribeButton({ token }: { token: string }) {
  return <LinkTokenButton does="unsubscribePremisesSearch" token={token} />;
}
