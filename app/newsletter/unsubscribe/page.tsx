import type { Metadata } from "next";
import { TokenLinkPage, tokenLinkMetadata, type TokenLinkProps } from "../token-link-page";

export async function generateMetadata(props: TokenLinkProps): Promise<Metadata> {
  return tokenLinkMetadata("unsubscribe", props);
}

export default async function UnsubscribePage({ searchParams }: TokenLinkProps) {
  return <TokenLinkPage kind="unsubscribe" searchParams={searchParams} />;
}
