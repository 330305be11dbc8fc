import type { Metadata } from "next";
import { TokenLinkPage, tokenLinkMetadata, type TokenLinkProps } from "../token-link-page";

export async function generateMetadata(props: TokenLinkProps): Promise<Metadata> {
  return tokenLinkMetadata("confirm", props);
}

export default async function ConfirmPage({ searchParams }: TokenLinkProps) {
  return <TokenLinkPage kind="confirm" searchParams={searchParams} archiveLink />;
}
