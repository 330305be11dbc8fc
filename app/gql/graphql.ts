/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountType =
  | 'OFFICIAL'
  | 'PES'
  | 'RESIDENT';

export type Role =
  | 'ADMIN'
  | 'OFFICIAL'
  | 'PES_MEMBER'
  | 'RESIDENT';

export type SignUpMutationVariables = Exact<{
  email: string;
  password: string;
  name: string;
  accountType: AccountType;
}>;


export type SignUpMutation = { signUp: { id: string, role: Role, accountType: AccountType } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($email: String!, $password: String!, $name: String!, $accountType: AccountType!) {
  signUp(
    email: $email
    password: $password
    name: $name
    accountType: $accountType
  ) {
    id
    role
    accountType
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;