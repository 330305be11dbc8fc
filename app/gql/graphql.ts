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

export type ApprovalStatus =
  | 'APPROVED'
  | 'NONE'
  | 'PENDING'
  | 'REJECTED';

/** Who a training is for: city officials, PES representatives, residents. */
export type Audience =
  | 'OFFICIALS'
  | 'PES'
  | 'RESIDENTS';

export type BookingStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'RETURNED';

export type ClauseType =
  /** Employment clause, art. 96 Pzp. */
  | 'EMPLOYMENT_CLAUSE'
  | 'NONE'
  | 'OTHER_SOCIAL_ASPECT'
  /** Reserved contract, art. 94 Pzp. */
  | 'RESERVED_CONTRACT';

export type DemandAmendmentInput = {
  /** The new deadline; omitted or null = unchanged. Shortening it with offers in is CONFLICT. */
  deadline?: string | null | undefined;
  /** The new description; omitted or null = unchanged. */
  description?: string | null | undefined;
  /** Why and what changed (public), also when only the documents changed. */
  note: string;
};

export type DemandFilter = {
  category?: string | null | undefined;
  clauseType?: ClauseType | null | undefined;
  kind?: DemandKind | null | undefined;
  /** Only demands the viewer posted. */
  mine?: boolean | null | undefined;
  /** true: still accepting offers (OPEN, deadline ahead); false: the rest. */
  open?: boolean | null | undefined;
  socialClause?: boolean | null | undefined;
  status?: DemandStatus | null | undefined;
  text?: string | null | undefined;
};

export type DemandInput = {
  budget?: number | null | undefined;
  category?: string | null | undefined;
  /** The precise clause; wins over socialClause (they must not contradict). */
  clauseType?: ClauseType | null | undefined;
  /** CPV code, ########-#. */
  cpvCode?: string | null | undefined;
  deadline: string;
  description?: string | null | undefined;
  kind: DemandKind;
  /** Kept for old clients: true without clauseType = RESERVED_CONTRACT. */
  socialClause?: boolean | null | undefined;
  title: string;
};

export type DemandKind =
  | 'COMMISSION'
  | 'REQUEST_FOR_QUOTATION';

export type DemandStatus =
  | 'AWARDED'
  | 'CLOSED'
  | 'OPEN';

export type EnquiryStatus =
  | 'ANSWERED'
  | 'HANDLED'
  | 'NEW';

export type EquipmentNoticeFilter = {
  category?: string | null | undefined;
  /** Any of these conditions; an empty list means no condition filter */
  conditions?: Array<ItemCondition> | null | undefined;
  district?: string | null | undefined;
  kind?: NoticeKind | null | undefined;
  /** Only notices the viewer manages (own, or their organisation's). */
  mine?: boolean | null | undefined;
  organizationId?: string | number | null | undefined;
  /** Without it, CLOSED, HANDED_OVER and expired notices are left out. */
  status?: string | null | undefined;
  text?: string | null | undefined;
};

export type EquipmentNoticeInput = {
  category?: string | null | undefined;
  condition?: ItemCondition | null | undefined;
  /** Free text about the condition, at most 60 characters */
  conditionNote?: string | null | undefined;
  /** LEND: deposit in PLN, 0 to 1 000 000; null = none. */
  deposit?: number | null | undefined;
  description?: string | null | undefined;
  district?: string | null | undefined;
  /** Estimated value of the item in PLN, 0 to 1 000 000 (optional; the programme's figures sum it for items reused). */
  estimatedValue?: number | null | undefined;
  /** Optional; must be in the future. */
  expiresAt?: string | null | undefined;
  kind: NoticeKind;
  /** LEND: other conditions of the loan. */
  loanNotes?: string | null | undefined;
  /** LEND: pick-up hours, free text. */
  pickupHours?: string | null | undefined;
  /** LEND: where the item is picked up and returned. */
  pickupPlace?: string | null | undefined;
  title: string;
};

/** A period of the programme; both ends optional, inclusive. */
export type FiguresPeriod = {
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type FollowKind =
  | 'DISTRICT'
  | 'MARKETPLACE_CATEGORY'
  | 'ORGANIZATION'
  | 'TRAINING_KIND';

export type GroupAttendeeInput = {
  answers?: RegistrationAnswersInput | null | undefined;
  email: string;
  name: string;
};

/** Condition of an item of the equipment base */
export type ItemCondition =
  | 'GOOD'
  | 'NEEDS_REPAIR'
  | 'NEW'
  | 'USED'
  | 'VERY_GOOD'
  | 'WORKING';

export type ItemRequestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'REQUESTED'
  | 'WITHDRAWN';

export type LegalForm =
  | 'ASSOCIATION'
  | 'CIS'
  | 'FOUNDATION'
  | 'KIS'
  | 'NONPROFIT_COMPANY'
  | 'OTHER'
  | 'SOCIAL_COOPERATIVE'
  | 'WTZ'
  | 'ZAZ';

export type LettingRoundStatus =
  | 'AWARDED'
  | 'CLOSED'
  | 'OPEN';

export type MemberRole =
  | 'MEMBER'
  | 'OWNER';

export type MembershipStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'REJECTED';

export type NewsPostInput = {
  /** Markdown; rendered and sanitised into `bodyHtml`. */
  body: string;
  /** One of the codes of `newsCategories`. */
  category?: string | null | undefined;
  /** http(s) address of a cover image, or the path of a cover uploaded to POST /news/covers. */
  coverImageUrl?: string | null | undefined;
  /** Summary for lists, RSS and the newsletter. */
  lead?: string | null | undefined;
  title: string;
};

/** PUBLISHED, and SCHEDULED once `publishedAt` has come, are public; the rest is for admins. */
export type NewsStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SCHEDULED';

export type NewsletterIssueInput = {
  intro?: string | null | undefined;
  /** Introduction for subscribers who chose English (the Polish one when empty). */
  introEn?: string | null | undefined;
  /** The items, in order. */
  postIds: Array<string | number>;
  subject: string;
  /** Subject for subscribers who chose English (the Polish one when empty). */
  subjectEn?: string | null | undefined;
};

export type NewsletterIssueStatus =
  | 'DRAFT'
  | 'SENT';

export type NoticeKind =
  | 'EXCHANGE'
  | 'GIVE_AWAY'
  | 'LEND'
  | 'WANTED';

export type NotificationDelivery =
  | 'DAILY'
  | 'IMMEDIATE'
  | 'NEVER'
  | 'WEEKLY';

export type NotificationKind =
  | 'BOOKING_REQUEST'
  | 'DEMAND_QUESTION_ANSWER'
  | 'ENQUIRY_REPLY'
  | 'NEW_NOTICE'
  | 'NEW_PREMISES'
  | 'NEW_TRAINING'
  | 'SAVED_SEARCH_MATCH'
  | 'VIEWING_BOOKED';

export type OfferInput = {
  message: string;
  price: number;
};

export type OrganizationFilter = {
  /** An area of activity, exactly as listed on profiles. */
  activity?: string | null | undefined;
  district?: string | null | undefined;
  legalForm?: LegalForm | null | undefined;
  /** Part of the name (accents and letter case ignored). */
  name?: string | null | undefined;
  verified?: boolean | null | undefined;
};

export type OrganizationMemberInput = {
  /** OWNER or MEMBER; only the organisation's owner (or an admin) changes it. */
  role?: MemberRole | null | undefined;
  /** Function in the organisation, e.g. "prezes zarządu"; null or blank clears it. */
  title?: string | null | undefined;
};

export type OrganizationProfileInput = {
  activities?: Array<string> | null | undefined;
  address?: string | null | undefined;
  description?: string | null | undefined;
  district?: string | null | undefined;
  email?: string | null | undefined;
  krs?: string | null | undefined;
  legalForm: LegalForm;
  logoUrl?: string | null | undefined;
  name: string;
  nip?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

export type OrganizationRegistrationInput = {
  address?: string | null | undefined;
  description?: string | null | undefined;
  district?: string | null | undefined;
  email?: string | null | undefined;
  krs?: string | null | undefined;
  legalForm: LegalForm;
  name: string;
  nip?: string | null | undefined;
};

/** Technical condition of a premises */
export type PremisesCondition =
  | 'GOOD'
  | 'NEEDS_REFRESH'
  | 'NEEDS_RENOVATION'
  | 'RENOVATED'
  | 'UNFINISHED'
  | 'VERY_GOOD';

export type PremisesFilter = {
  /** Inclusive upper bound, m² */
  areaMax?: number | null | undefined;
  /** Inclusive lower bound, m² */
  areaMin?: number | null | undefined;
  /** Any of these conditions; an empty list means no condition filter */
  conditions?: Array<PremisesCondition> | null | undefined;
  /** Any of these districts; an empty list means no district filter */
  districts?: Array<string> | null | undefined;
  /** Only premises of this official (Premises.ownerId), e.g. an official's own list */
  ownerId?: string | number | null | undefined;
  preferentialRent?: boolean | null | undefined;
  /** Inclusive upper bound, PLN per month */
  rentMax?: number | null | undefined;
  /** Inclusive lower bound, PLN per month */
  rentMin?: number | null | undefined;
  /** Any of these; without it WITHDRAWN is left out */
  status?: Array<PremisesStatus> | null | undefined;
  stepFree?: boolean | null | undefined;
  /** Words in the address, district or description; accents and small typos are forgiven */
  text?: string | null | undefined;
  /** All of these utilities; an empty list means no utilities filter */
  utilities?: Array<Utility> | null | undefined;
};

export type PremisesInput = {
  address: string;
  administrator?: string | null | undefined;
  areaM2: number;
  /** YYYY-MM-DD */
  availableFrom?: string | null | undefined;
  /** The city's reference number, unique */
  code?: string | null | undefined;
  condition?: PremisesCondition | null | undefined;
  /** Free text about the condition, at most 100 characters */
  conditionNote?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  description?: string | null | undefined;
  district: string;
  floor?: number | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  monthlyRent: number;
  permittedUse?: string | null | undefined;
  preferentialRent?: boolean | null | undefined;
  status?: PremisesStatus | null | undefined;
  stepFree?: boolean | null | undefined;
  utilities?: Array<Utility> | null | undefined;
  /** Other utilities in free text, at most 300 characters */
  utilitiesNote?: string | null | undefined;
};

export type PremisesLettingApplicationInput = {
  /** Links (https) to the documents, at most 10. */
  attachments?: Array<string> | null | undefined;
  /** 10–3000 characters. */
  intendedUse: string;
  /** PLN per month; at least the round's minimum rent. */
  proposedRent: number;
  roundId: string | number;
};

export type PremisesLettingRoundInput = {
  /** Applications are sealed until then; must be in the future. */
  deadline: string;
  /** The documents applicants must provide. */
  documents?: string | null | undefined;
  /** PLN per month, 0 or more. */
  minimumRent: number;
  permittedUse?: string | null | undefined;
  preferentialRent?: boolean | null | undefined;
  premisesId: string | number;
};

export type PremisesOrder =
  | 'AREA_ASC'
  | 'AREA_DESC'
  | 'NEWEST'
  | 'RENT_ASC'
  | 'RENT_DESC'
  | 'RENT_PER_M2_ASC';

export type PremisesStatus =
  | 'AVAILABLE'
  | 'RENTED'
  | 'RESERVED'
  | 'WITHDRAWN';

export type PremisesViewingSlotInput = {
  /** How many people may book it, 1–100. */
  capacity: number;
  /** After startsAt, at most 12 hours later. */
  endsAt: string;
  /** Where to meet, 2–200 characters. */
  place: string;
  premisesId: string | number;
  /** Must be in the future. */
  startsAt: string;
};

export type ProductFilter = {
  category?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  /** Entries whose lowest price is at most this (PLN). */
  priceMax?: number | null | undefined;
  socialClauseSuitable?: boolean | null | undefined;
  text?: string | null | undefined;
};

export type ProductInput = {
  areaServed?: string | null | undefined;
  category: string;
  description?: string | null | undefined;
  name: string;
  /** ADMIN only: the organisation; members always add to their own. */
  organizationId?: string | number | null | undefined;
  priceFrom?: number | null | undefined;
  priceTo?: number | null | undefined;
  socialClauseSuitable?: boolean;
  unit?: string | null | undefined;
};

export type ProgrammePageInput = {
  /** Markdown, rendered and sanitised like news bodies. */
  body: string;
  /** The English body (Markdown, rendered and sanitised like `body`), given with `titleEn`. */
  bodyEn?: string | null | undefined;
  title: string;
  /** The English title, given with `bodyEn`; both empty = no English version; null = the English stays as it is. */
  titleEn?: string | null | undefined;
};

export type ProgrammePartnerInput = {
  description?: string | null | undefined;
  name: string;
  /** The partner's site: an http(s) address. */
  url: string;
};

export type QuestionAnswerInput = {
  choices?: Array<string> | null | undefined;
  questionId: string;
  text?: string | null | undefined;
  yes?: boolean | null | undefined;
};

export type QuestionType =
  | 'LONG_TEXT'
  | 'MANY_CHOICES'
  | 'ONE_CHOICE'
  | 'SHORT_TEXT'
  | 'YES_NO';

export type RegistrationAnswersInput = {
  accessibility?: string | null | undefined;
  /** Agreement to the training's consentText (required when it has one). */
  consent?: boolean | null | undefined;
  dietary?: string | null | undefined;
  /** Answers to the organiser's own questions (Training.questions). */
  questions?: Array<QuestionAnswerInput> | null | undefined;
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITLISTED';

export type Role =
  | 'ADMIN'
  | 'OFFICIAL'
  | 'PES_MEMBER'
  | 'RESIDENT';

/** The bases that one search looks through. */
export type SearchKind =
  | 'DEMAND'
  | 'EQUIPMENT'
  | 'NEWS'
  | 'ORGANIZATION'
  | 'PREMISES'
  | 'PRODUCT'
  | 'TRAINING';

export type TrainingFeedbackInput = {
  improve?: string | null | undefined;
  rating: number;
  useful?: string | null | undefined;
};

export type TrainingFilter = {
  audience?: Audience | null | undefined;
  /** Include cancelled trainings (default true). */
  includeCancelled?: boolean | null | undefined;
  kind?: TrainingKind | null | undefined;
  /** Starts before (exclusive). */
  startsBefore?: string | null | undefined;
  /** Starts at or after (inclusive). */
  startsFrom?: string | null | undefined;
  /** Exact topic tag. */
  topic?: string | null | undefined;
};

export type TrainingInput = {
  address?: string | null | undefined;
  askAccessibility?: boolean;
  askDietary?: boolean;
  audience: Array<Audience>;
  capacity: number;
  consentText?: string | null | undefined;
  description?: string | null | undefined;
  endsAt: string;
  host?: string | null | undefined;
  kind?: TrainingKind;
  /** With longitude, or neither: the venue on the map. */
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  officialsQuota?: number | null | undefined;
  onlineUrl?: string | null | undefined;
  pesQuota?: number | null | undefined;
  registrationDeadline?: string | null | undefined;
  residentsQuota?: number | null | undefined;
  startsAt: string;
  title: string;
  topics?: Array<string> | null | undefined;
  trainers?: Array<string> | null | undefined;
  venue: string;
};

export type TrainingInvitationInput = {
  /** Organisation activities (as in the directory): their verified organisations are invited. */
  categories?: Array<string> | null | undefined;
  /** Districts of Toruń: the verified organisations there are invited. */
  districts?: Array<string> | null | undefined;
  /** E-mail addresses pasted by the organiser (at most 500). */
  emails?: Array<string> | null | undefined;
};

export type TrainingKind =
  | 'MEETING'
  | 'TRAINING';

export type TrainingMaterialInput = {
  fileName?: string | null | undefined;
  key?: string | null | undefined;
  /** Visible to everyone; otherwise to registered attendees only. */
  public?: boolean;
  title: string;
  url?: string | null | undefined;
};

export type TrainingQuestionInput = {
  help?: string | null | undefined;
  /** Keep the id of an existing question so that its answers stay with it. */
  id?: string | null | undefined;
  label: string;
  /** The options of ONE_CHOICE and MANY_CHOICES (2 to 20). */
  options?: Array<string> | null | undefined;
  required?: boolean;
  type: QuestionType;
};

/** A utility (medium) of a premises */
export type Utility =
  | 'AIR_CONDITIONING'
  | 'DISTRICT_HEATING'
  | 'ELECTRICITY'
  | 'ELECTRIC_HEATING'
  | 'FIBRE_INTERNET'
  | 'GAS'
  | 'GAS_HEATING'
  | 'INTERNET'
  | 'SEWAGE'
  | 'THREE_PHASE_POWER'
  | 'WATER';

export type AccessibilityStatementQueryVariables = Exact<{
  key: string;
}>;


export type AccessibilityStatementQuery = { programmePage: { body: string, key: string, title: string, bodyHtml: string, titleEn: string | null, bodyHtmlEn: string | null, updatedAt: string } | null };

export type MyActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type MyActivityQuery = { waitingForMe: { bookingRequests: number, itemRequests: number, enquiries: number, approvals: number, demandsToDecide: number, total: number }, myPremisesEnquiries: Array<{ id: string, status: EnquiryStatus, message: string, reply: string | null, repliedAt: string | null, repliedByName: string | null, createdAt: string, premises: { id: string, address: string, district: string } | null }>, myItemRequests: Array<{ id: string, status: ItemRequestStatus, createdAt: string, notice: { id: string, title: string } }>, myBookings: Array<{ id: string, status: BookingStatus, from: string, to: string, notice: { id: string, title: string } }>, bookingRequestsForMe: Array<{ id: string, from: string, to: string, message: string | null, createdAt: string, borrower: { name: string } | null, notice: { id: string, title: string } }>, itemRequestsForMe: Array<{ id: string, message: string, createdAt: string, requester: { name: string } | null, notice: { id: string, title: string } }>, extensionRequestsForMe: Array<{ id: string, to: string, extensionTo: string | null, borrower: { name: string } | null, notice: { id: string, title: string } }>, myOrganizationOffers: Array<{ id: string, price: number, updatedAt: string, awarded: boolean, demand: { id: string, title: string, deadline: string, status: DemandStatus } | null }>, myPremisesViewingBookings: Array<{ id: string, cancelledAt: string | null, slot: { id: string, startsAt: string, endsAt: string, place: string } | null, premises: { id: string, address: string } | null }>, myPremisesLettingApplications: Array<{ id: string, proposedRent: number, createdAt: string, awarded: boolean, round: { id: string, status: LettingRoundStatus, deadline: string } | null, premises: { id: string, address: string } | null }>, myRegistrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean, training: { id: string, title: string, startsAt: string, endsAt: string, venue: string, cancelledAt: string | null } }> };

export type MyApprovalQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApprovalQuery = { myApproval: { kind: string, state: string, reason: string | null, organizationName: string | null, since: string | null } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MyNotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { unreadNotificationCount: number, notifications: { totalCount: number, edges: Array<{ node: { id: string, kind: NotificationKind, title: string, body: string, link: string | null, readAt: string | null, createdAt: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AccountRegisterOrganizationMutationVariables = Exact<{
  input: OrganizationRegistrationInput;
}>;


export type AccountRegisterOrganizationMutation = { registerOrganization: { id: string, name: string, verified: boolean } };

export type AccountFindOrganizationsQueryVariables = Exact<{
  search: string;
}>;


export type AccountFindOrganizationsQuery = { findOrganizations: Array<{ id: string, name: string, verified: boolean, district: string | null, legalForm: LegalForm }> };

export type AccountRequestMembershipMutationVariables = Exact<{
  organizationId: string | number;
}>;


export type AccountRequestMembershipMutation = { requestOrganizationMembership: { id: string, status: MembershipStatus } };

export type AccountUpdateOrganizationMemberMutationVariables = Exact<{
  id: string | number;
  input: OrganizationMemberInput;
}>;


export type AccountUpdateOrganizationMemberMutation = { updateOrganizationMember: { id: string, role: MemberRole, title: string | null } };

export type AccountRemoveOrganizationMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountRemoveOrganizationMemberMutation = { removeOrganizationMember: boolean };

export type AccountOrganizationMembershipQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountOrganizationMembershipQuery = { me: { id: string, role: Role, membership: { id: string, status: MembershipStatus, role: MemberRole, organization: { id: string, name: string, slug: string } } | null } | null };

export type AccountOrganizationMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountOrganizationMembersQuery = { organizationById: { id: string, name: string, slug: string } | null, organizationMembers: Array<{ id: string, role: MemberRole, title: string | null, user: { id: string, name: string, email: string } | null }> };

export type AccountPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQuery = { me: { id: string, email: string, name: string, role: Role, accountType: AccountType, approvalStatus: ApprovalStatus, membership: { id: string, status: MembershipStatus, role: MemberRole, organization: { id: string, name: string, verified: boolean } } | null } | null, organizationJoinRequests: Array<{ id: string, createdAt: string, user: { id: string, name: string, email: string } | null }> };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, delivery: NotificationDelivery }>, myFollows: Array<{ kind: FollowKind, value: string, label: string }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  delivery: NotificationDelivery;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: Array<{ kind: NotificationKind, delivery: NotificationDelivery }> };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type PrivacyPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPageQuery = { me: { id: string, email: string, hasPassword: boolean | null } | null };

export type MyRegistrationsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRegistrationsPageQuery = { myRegistrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean, registeredAt: string, training: { id: string, title: string, startsAt: string, endsAt: string, venue: string, cancelledAt: string | null } }> };

export type RequestEmailChangeMutationVariables = Exact<{
  newEmail: string;
  password: string;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type SecurityPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityPageQuery = { me: { id: string, hasPassword: boolean | null } | null };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type VerifyEmailLinkMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailLinkMutation = { verifyEmail: boolean };

export type AdminDecideOfficialMutationVariables = Exact<{
  userId: string | number;
  approve: boolean;
  reason?: string | null | undefined;
}>;


export type AdminDecideOfficialMutation = { decideOfficial: { id: string, role: Role, approvalStatus: ApprovalStatus } };

export type AdminVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminVerifyOrganizationMutation = { verifyOrganization: { id: string, verified: boolean } };

export type AdminRejectOrganizationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminRejectOrganizationMutation = { rejectOrganization: { id: string, rejectedAt: string | null } };

export type AdminPendingApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPendingApprovalsQuery = { pendingApprovals: { officials: Array<{ id: string, name: string, email: string, createdAt: string }>, organizations: Array<{ id: string, name: string, legalForm: LegalForm, nip: string | null, krs: string | null, district: string | null, address: string | null, email: string | null, phone: string | null, website: string | null, description: string | null, createdAt: string, applicant: { name: string, email: string } | null }>, memberships: Array<{ id: string, createdAt: string, user: { name: string, email: string } | null, organization: { name: string, verified: boolean } }> } };

export type AdminAuditLogQueryVariables = Exact<{
  first: number;
  offset: number;
}>;


export type AdminAuditLogQuery = { auditLog: { total: number, items: Array<{ id: string, action: string, entityType: string, entityId: string | null, data: unknown, createdAt: string, actor: { id: string, name: string, email: string } | null }> } };

export type ProgrammeFiguresDetailPageQueryVariables = Exact<{
  period?: FiguresPeriod | null | undefined;
}>;


export type ProgrammeFiguresDetailPageQuery = { programmeFiguresDetail: { premisesByMonth: Array<{ month: string, offered: number, rented: number, totalAreaM2: number }>, trainings: Array<{ id: string, title: string, kind: string, startsAt: string, endsAt: string, seats: number, registered: number, waitlisted: number, attended: number, officials: number, pes: number, residents: number }>, trainingsByMonth: Array<{ month: string, held: number, seats: number, registered: number, attended: number }>, demandsByCategory: Array<{ category: string | null, demands: number, withSocialClause: number, offers: number, awarded: number }>, organizationsByDistrict: Array<{ district: string | null, count: number, verified: number }>, subscribersByMonth: Array<{ month: string, confirmed: number, unsubscribed: number, total: number }>, noticesByKind: Array<{ kind: string, total: number, available: number, reserved: number, handedOver: number, closed: number }>, demandsWithoutOffer: Array<{ id: string, title: string, category: string | null, deadline: string, clauseType: string }> } };

export type AdminNewsPostQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminNewsPostQuery = { newsPostById: { id: string, slug: string, status: NewsStatus, isLive: boolean, hasUnpublishedChanges: boolean, publishedAt: string | null, draft: { title: string, body: string, category: string | null, lead: string | null, coverImageUrl: string | null } | null } | null, newsRevisions: Array<{ id: string, title: string, kind: string, authorName: string | null, createdAt: string }> };

export type CreateNewsPostMutationVariables = Exact<{
  input: NewsPostInput;
}>;


export type CreateNewsPostMutation = { createNewsPost: { id: string, slug: string, status: NewsStatus } };

export type UpdateNewsPostMutationVariables = Exact<{
  id: string | number;
  input: NewsPostInput;
}>;


export type UpdateNewsPostMutation = { updateNewsPost: { id: string, status: NewsStatus, hasUnpublishedChanges: boolean, updatedAt: string } };

export type PublishNewsPostMutationVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type PublishNewsPostMutation = { publishNewsPost: { id: string, status: NewsStatus, publishedAt: string | null } };

export type UnpublishNewsPostMutationVariables = Exact<{
  id: string | number;
}>;


export type UnpublishNewsPostMutation = { unpublishNewsPost: { id: string, status: NewsStatus } };

export type ArchiveNewsPostMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveNewsPostMutation = { archiveNewsPost: { id: string, status: NewsStatus } };

export type RenderNewsPreviewQueryVariables = Exact<{
  body: string;
}>;


export type RenderNewsPreviewQuery = { renderNewsPreview: string };

export type RestoreNewsRevisionMutationVariables = Exact<{
  revisionId: string | number;
}>;


export type RestoreNewsRevisionMutation = { restoreNewsRevision: { id: string } };

export type NewsRevisionDiffQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
}>;


export type NewsRevisionDiffQuery = { newsRevisionDiff: Array<{ value: string, added: boolean, removed: boolean }> };

export type RestoreProgrammePageRevisionMutationVariables = Exact<{
  revisionId: string | number;
}>;


export type RestoreProgrammePageRevisionMutation = { restoreProgrammePageRevision: { key: string } };

export type ProgrammePageRevisionDiffQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
}>;


export type ProgrammePageRevisionDiffQuery = { programmePageRevisionDiff: Array<{ value: string, added: boolean, removed: boolean }> };

export type AdminNewsletterIssueQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminNewsletterIssueQuery = { newsletterIssue: { id: string, subject: string, intro: string | null, subjectEn: string | null, introEn: string | null, status: NewsletterIssueStatus, sentAt: string | null, recipientCount: number, postIds: Array<string> } | null, previewNewsletterIssue: { subject: string, text: string, html: string }, previewEn: { subject: string, html: string }, newsPosts: { edges: Array<{ node: { id: string, title: string } }> } };

export type CreateNewsletterIssueMutationVariables = Exact<{
  input: NewsletterIssueInput;
}>;


export type CreateNewsletterIssueMutation = { createNewsletterIssue: { id: string } };

export type UpdateNewsletterIssueMutationVariables = Exact<{
  id: string | number;
  input: NewsletterIssueInput;
}>;


export type UpdateNewsletterIssueMutation = { updateNewsletterIssue: { id: string } };

export type AdminNewsletterQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminNewsletterQuery = { newsletterIssues: Array<{ id: string, subject: string, status: NewsletterIssueStatus, sentAt: string | null, recipientCount: number, createdAt: string }>, newsletterStats: { pending: number, confirmed: number, unsubscribed: number }, newsPosts: { edges: Array<{ node: { id: string, title: string } }> } };

export type SendNewsletterIssueTestMutationVariables = Exact<{
  id: string | number;
}>;


export type SendNewsletterIssueTestMutation = { sendNewsletterIssueTest: boolean };

export type SendNewsletterIssueMutationVariables = Exact<{
  id: string | number;
}>;


export type SendNewsletterIssueMutation = { sendNewsletterIssue: { id: string, status: NewsletterIssueStatus, recipientCount: number } };

export type AdminNewsListQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminNewsListQuery = { newsPosts: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, slug: string, title: string, status: NewsStatus, isLive: boolean, hasUnpublishedChanges: boolean, publishedAt: string | null, updatedAt: string, category: string | null } }> } };

export type AdminProgrammePartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminProgrammePartnersQuery = { programmePartners: Array<{ id: string, name: string, url: string, description: string | null, logoUrl: string | null }> };

export type CreateProgrammePartnerMutationVariables = Exact<{
  input: ProgrammePartnerInput;
}>;


export type CreateProgrammePartnerMutation = { createProgrammePartner: { id: string } };

export type UpdateProgrammePartnerMutationVariables = Exact<{
  id: string | number;
  input: ProgrammePartnerInput;
}>;


export type UpdateProgrammePartnerMutation = { updateProgrammePartner: { id: string } };

export type ReorderProgrammePartnersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReorderProgrammePartnersMutation = { reorderProgrammePartners: Array<{ id: string, position: number }> };

export type DeleteProgrammePartnerMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteProgrammePartnerMutation = { deleteProgrammePartner: boolean };

export type AdminProgrammePageQueryVariables = Exact<{
  key: string;
}>;


export type AdminProgrammePageQuery = { programmePage: { key: string, title: string, publishedAt: string | null, hasUnpublishedChanges: boolean, draft: { title: string, body: string, titleEn: string | null, bodyEn: string | null } | null } | null, programmePageRevisions: Array<{ id: string, title: string, kind: string, authorName: string | null, createdAt: string }> };

export type AdminProgrammePagesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminProgrammePagesQuery = { programmePages: Array<{ key: string, title: string, updatedAt: string, hasUnpublishedChanges: boolean, draft: { title: string } | null }>, programmePartners: Array<{ id: string }> };

export type UpdateProgrammePageMutationVariables = Exact<{
  key: string;
  input: ProgrammePageInput;
}>;


export type UpdateProgrammePageMutation = { updateProgrammePage: { key: string, title: string, hasUnpublishedChanges: boolean, updatedAt: string } };

export type PublishProgrammePageMutationVariables = Exact<{
  key: string;
}>;


export type PublishProgrammePageMutation = { publishProgrammePage: { key: string, title: string, publishedAt: string | null, hasUnpublishedChanges: boolean } };

export type DiscardProgrammePageDraftMutationVariables = Exact<{
  key: string;
}>;


export type DiscardProgrammePageDraftMutation = { discardProgrammePageDraft: { key: string, hasUnpublishedChanges: boolean } };

export type AdminOutboxQueryVariables = Exact<{
  first: number;
  offset: number;
  to?: string | null | undefined;
}>;


export type AdminOutboxQuery = { outbox: { total: number, items: Array<{ id: string, to: string, subject: string, text: string, status: string, template: string, createdAt: string, sentAt: string | null, lastError: string | null }> } };

export type AdminEditPremisesQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminEditPremisesQuery = { premises: { id: string, code: string | null, address: string, district: string, latitude: number | null, longitude: number | null, floor: number | null, areaM2: number, stepFree: boolean, condition: PremisesCondition | null, conditionNote: string | null, utilities: Array<Utility>, utilitiesNote: string | null, description: string | null, status: PremisesStatus, availableFrom: string | null, permittedUse: string | null, monthlyRent: number, preferentialRent: boolean, administrator: string | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, photos: Array<{ id: string, thumbUrl: string, alt: string | null }> } | null };

export type AdminDeletePremisesMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeletePremisesMutation = { deletePremises: boolean };

export type AdminPremisesEnquiriesQueryVariables = Exact<{
  all?: boolean | null | undefined;
}>;


export type AdminPremisesEnquiriesQuery = { premisesEnquiries: Array<{ id: string, message: string, createdAt: string, status: EnquiryStatus, reply: string | null, repliedAt: string | null, repliedByName: string | null, canReply: boolean, premises: { id: string, address: string, district: string } | null, sender: { name: string, email: string } | null, organization: { name: string } | null }> };

export type ReplyToPremisesEnquiryMutationVariables = Exact<{
  id: string | number;
  message: string;
}>;


export type ReplyToPremisesEnquiryMutation = { replyToPremisesEnquiry: { id: string, status: EnquiryStatus } };

export type MarkPremisesEnquiryHandledMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkPremisesEnquiryHandledMutation = { markPremisesEnquiryHandled: { id: string, status: EnquiryStatus } };

export type ImportPremisesCsvMutationVariables = Exact<{
  csv: string;
  dryRun?: boolean | null | undefined;
}>;


export type ImportPremisesCsvMutation = { importPremisesCsv: { ok: boolean, imported: boolean, created: number, updated: number, unknownColumns: Array<string>, rows: Array<{ line: number, action: string | null, address: string | null, errors: Array<{ field: string, message: string }> }> } };

export type AdminPremisesListQueryVariables = Exact<{
  filter?: PremisesFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminPremisesListQuery = { premisesSearch: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, code: string | null, address: string, district: string, areaM2: number, monthlyRent: number, status: PremisesStatus, updatedAt: string } }> } };

export type DeletePremisesPhotoMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePremisesPhotoMutation = { deletePremisesPhoto: boolean };

export type ReorderPremisesPhotosMutationVariables = Exact<{
  premisesId: string | number;
  photoIds: Array<string | number> | string | number;
}>;


export type ReorderPremisesPhotosMutation = { reorderPremisesPhotos: Array<{ id: string }> };

export type AdminCreatePremisesMutationVariables = Exact<{
  input: PremisesInput;
}>;


export type AdminCreatePremisesMutation = { createPremises: { id: string } };

export type AdminUpdatePremisesMutationVariables = Exact<{
  id: string | number;
  input: PremisesInput;
}>;


export type AdminUpdatePremisesMutation = { updatePremises: { id: string } };

export type MarkAttendanceMutationVariables = Exact<{
  id: string | number;
  attended: boolean;
}>;


export type MarkAttendanceMutation = { markAttendance: { id: string, attended: boolean } };

export type CheckInByCodeMutationVariables = Exact<{
  trainingId: string | number;
  code: string;
}>;


export type CheckInByCodeMutation = { checkInByCode: { id: string, attended: boolean, attendeeName: string | null, user: { name: string } } };

export type AdminTrainingCheckInQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminTrainingCheckInQuery = { training: { id: string, title: string, startsAt: string, venue: string } | null, trainingRegistrations: Array<{ id: string, attended: boolean, attendeeName: string | null, user: { id: string, name: string } }> };

export type EditTrainingPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EditTrainingPageQuery = { training: { officialsQuota: number | null, pesQuota: number | null, residentsQuota: number | null, id: string, kind: TrainingKind, title: string, description: string | null, topics: Array<string>, audience: Array<Audience>, trainers: Array<string>, host: string | null, startsAt: string, endsAt: string, registrationDeadline: string | null, capacity: number, venue: string, address: string | null, latitude: number | null, longitude: number | null, onlineUrl: string | null, consentText: string | null, askDietary: boolean, askAccessibility: boolean, cancelledAt: string | null } | null };

export type InviteToTrainingMutationVariables = Exact<{
  trainingId: string | number;
  input: TrainingInvitationInput;
}>;


export type InviteToTrainingMutation = { inviteToTraining: { invited: number, skipped: number } };

export type AddTrainingMaterialLinkMutationVariables = Exact<{
  trainingId: string | number;
  input: TrainingMaterialInput;
}>;


export type AddTrainingMaterialLinkMutation = { addTrainingMaterial: { id: string } };

export type DeleteTrainingMaterialMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTrainingMaterialMutation = { deleteTrainingMaterial: boolean };

export type AdminTrainingOrganiseQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminTrainingOrganiseQuery = { organizationActivities: Array<string>, training: { id: string, title: string, questions: Array<{ id: string, type: QuestionType, label: string, help: string | null, required: boolean, options: Array<string> }>, materials: Array<{ public: boolean, id: string, title: string, url: string, isFile: boolean }> } | null, trainingInvitations: Array<{ email: string, organizationName: string | null, createdAt: string }>, trainingFeedbackSummary: { responses: number, averageRating: number | null, ratingCounts: Array<number>, useful: Array<string>, improve: Array<string> } };

export type SetTrainingQuestionsMutationVariables = Exact<{
  trainingId: string | number;
  questions: Array<TrainingQuestionInput> | TrainingQuestionInput;
}>;


export type SetTrainingQuestionsMutation = { setTrainingQuestions: { id: string } };

export type EmailTrainingRegistrantsMutationVariables = Exact<{
  trainingId: string | number;
  subject: string;
  body: string;
}>;


export type EmailTrainingRegistrantsMutation = { emailTrainingRegistrants: number };

export type AdminTrainingRegistrationsQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminTrainingRegistrationsQuery = { training: { id: string, title: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number } | null, trainingRegistrations: Array<{ id: string, status: RegistrationStatus, audience: Audience, registeredAt: string, attended: boolean, waitlistPosition: number | null, dietaryNeeds: string | null, accessibilityNeeds: string | null, attendeeName: string | null, attendeeEmail: string | null, user: { id: string, name: string, email: string } }> };

export type CancelTrainingButtonMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelTrainingButtonMutation = { cancelTraining: { id: string, cancelledAt: string | null } };

export type AdminTrainingsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  upcoming?: boolean | null | undefined;
}>;


export type AdminTrainingsPageQuery = { trainings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { kind: TrainingKind, cancelledAt: string | null, id: string, title: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number } }> } };

export type CreateTrainingFormMutationVariables = Exact<{
  input: TrainingInput;
}>;


export type CreateTrainingFormMutation = { createTraining: { id: string } };

export type UpdateTrainingFormMutationVariables = Exact<{
  id: string | number;
  input: TrainingInput;
}>;


export type UpdateTrainingFormMutation = { updateTraining: { id: string } };

export type AdminUsersQueryVariables = Exact<{
  search: string;
  first: number;
  offset: number;
}>;


export type AdminUsersQuery = { users: { total: number, items: Array<{ id: string, name: string, email: string, role: Role, accountType: AccountType, approvalStatus: ApprovalStatus, createdAt: string }> } };

export type AdminSetUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type AdminSetUserRoleMutation = { setUserRole: { id: string, role: Role } };

export type AdminWaitingSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWaitingSummaryQuery = { waitingForMe: { enquiries: number, approvals: number, demandsToDecide: number, bookingRequests: number, itemRequests: number, extensionRequests: number, total: number } };

export type PendingApprovalCountQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingApprovalCountQuery = { pendingApprovalCount: number };

export type FollowThingMutationVariables = Exact<{
  kind: FollowKind;
  value: string;
}>;


export type FollowThingMutation = { follow: Array<{ kind: FollowKind, value: string }> };

export type UnfollowThingMutationVariables = Exact<{
  kind: FollowKind;
  value: string;
}>;


export type UnfollowThingMutation = { unfollow: Array<{ kind: FollowKind, value: string }> };

export type MyFollowsForButtonsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFollowsForButtonsQuery = { myFollows: Array<{ kind: FollowKind, value: string }> };

export type HeaderUnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HeaderUnreadNotificationsQuery = { unreadNotificationCount: number };

export type SearchSuggestionsQueryVariables = Exact<{
  query: string;
}>;


export type SearchSuggestionsQuery = { search: { edges: Array<{ node: { kind: SearchKind, id: string, title: string, url: string } }> } };

export type AcceptTermsMutationVariables = Exact<{
  version: string;
}>;


export type AcceptTermsMutation = { acceptTerms: { mustAccept: boolean } };

export type TermsStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type TermsStatusQuery = { termsStatus: { currentVersion: string | null, acceptedVersion: string | null, mustAccept: boolean } };

export type HeaderWaitingForMeQueryVariables = Exact<{ [key: string]: never; }>;


export type HeaderWaitingForMeQuery = { waitingForMe: { total: number, bookingRequests: number, itemRequests: number, extensionRequests: number } };

export type NextPageFragment = { endCursor: string | null, hasNextPage: boolean };

export type MarketplaceAttachmentDownloadQueryVariables = Exact<{
  id: string | number;
}>;


export type MarketplaceAttachmentDownloadQuery = { marketplaceAttachment: { id: string, fileName: string, contentType: string, sealed: boolean, fileKey: string } | null };

export type MarketplaceMyBookingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceMyBookingsQuery = { myBookings: Array<{ id: string, status: BookingStatus, from: string, to: string, handedOverAt: string | null, receivedAt: string | null, returnedAt: string | null, returnCondition: string | null, returnNote: string | null, overdue: boolean, extensionTo: string | null, extensionRefusedAt: string | null, extensionRefusalReason: string | null, notice: { id: string, title: string } }>, bookingRequestsForMe: Array<{ id: string, from: string, to: string, message: string | null, createdAt: string, borrower: { name: string } | null, notice: { id: string, title: string } }> };

export type AddDemandAttachmentMutationVariables = Exact<{
  demandId: string | number;
  key: string;
  fileName?: string | null | undefined;
}>;


export type AddDemandAttachmentMutation = { addDemandAttachment: { id: string, fileName: string, url: string } };

export type SetOfferAttachmentMutationVariables = Exact<{
  demandId: string | number;
  key: string;
  fileName?: string | null | undefined;
}>;


export type SetOfferAttachmentMutation = { setOfferAttachment: { id: string, fileName: string, url: string } };

export type MarketplaceDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type MarketplaceDemandQuery = { demand: { id: string, kind: DemandKind, title: string, description: string | null, category: string | null, deadline: string, budget: number | null, socialClause: boolean, clauseType: ClauseType, cpvCode: string | null, status: DemandStatus, decidedAt: string | null, acceptingOffers: boolean, viewerManages: boolean, offerCount: number | null, award: { price: number, awardedAt: string, organization: { name: string, slug: string } } | null, questions: Array<{ id: string, question: string, answer: string | null, answeredAt: string | null, createdAt: string, askedByViewer: boolean }>, amendments: Array<{ id: string, note: string, descriptionChanged: boolean, previousDeadline: string | null, newDeadline: string | null, createdAt: string }>, offers: Array<{ id: string, price: number, message: string, awarded: boolean, updatedAt: string, organization: { name: string, slug: string }, attachment: { id: string, fileName: string, size: number, url: string } | null }> | null, myOffer: { id: string, price: number, message: string, awarded: boolean, attachment: { id: string, fileName: string, size: number, url: string } | null } | null, attachments: Array<{ id: string, fileName: string, size: number, url: string }> } | null };

export type AmendDemandMutationVariables = Exact<{
  id: string | number;
  input: DemandAmendmentInput;
}>;


export type AmendDemandMutation = { amendDemand: { id: string } };

export type AwardOfferMutationVariables = Exact<{
  offerId: string | number;
}>;


export type AwardOfferMutation = { awardOffer: { id: string, status: DemandStatus } };

export type CloseDemandMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseDemandMutation = { closeDemand: { id: string, status: DemandStatus } };

export type CreateDemandMutationVariables = Exact<{
  input: DemandInput;
}>;


export type CreateDemandMutation = { createDemand: { id: string } };

export type SubmitOfferMutationVariables = Exact<{
  demandId: string | number;
  input: OfferInput;
}>;


export type SubmitOfferMutation = { submitOffer: { id: string, price: number, message: string } };

export type WithdrawOfferMutationVariables = Exact<{
  demandId: string | number;
}>;


export type WithdrawOfferMutation = { withdrawOffer: boolean };

export type AskDemandQuestionMutationVariables = Exact<{
  demandId: string | number;
  question: string;
}>;


export type AskDemandQuestionMutation = { askDemandQuestion: { id: string } };

export type AnswerDemandQuestionMutationVariables = Exact<{
  questionId: string | number;
  answer: string;
}>;


export type AnswerDemandQuestionMutation = { answerDemandQuestion: { id: string, answer: string | null } };

export type SubscribeDemandCategoryMutationVariables = Exact<{
  c: string;
}>;


export type SubscribeDemandCategoryMutation = { subscribeToDemandCategory: Array<string> };

export type UnsubscribeDemandCategoryMutationVariables = Exact<{
  c: string;
}>;


export type UnsubscribeDemandCategoryMutation = { unsubscribeFromDemandCategory: Array<string> };

export type MarketplaceDemandSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceDemandSubscriptionsQuery = { myDemandSubscriptions: Array<string>, demandCategories: Array<string> };

export type MarketplaceNoticeEditQueryVariables = Exact<{
  id: string | number;
}>;


export type MarketplaceNoticeEditQuery = { equipmentNotice: { id: string, kind: NoticeKind, title: string, description: string | null, category: string | null, condition: ItemCondition | null, conditionNote: string | null, district: string | null, expiresAt: string | null, viewerIsOwner: boolean, estimatedValue: number | null, deposit: number | null, pickupPlace: string | null, pickupHours: string | null, loanNotes: string | null, photos: Array<{ id: string, thumbUrl: string, alt: string | null }> } | null };

export type MarketplaceNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type MarketplaceNoticeQuery = { equipmentNotice: { id: string, kind: NoticeKind, title: string, description: string | null, status: string, district: string | null, category: string | null, condition: ItemCondition | null, conditionNote: string | null, expiresAt: string | null, createdAt: string, viewerIsOwner: boolean, deposit: number | null, estimatedValue: number | null, pickupPlace: string | null, pickupHours: string | null, loanNotes: string | null, organization: { name: string, slug: string } | null, photos: Array<{ id: string, url: string, thumbUrl: string, alt: string | null, width: number, height: number }>, bookedPeriods: Array<{ from: string, to: string }>, bookings: Array<{ id: string, status: BookingStatus, from: string, to: string, message: string | null, handedOverAt: string | null, receivedAt: string | null, returnedAt: string | null, returnCondition: string | null, returnNote: string | null, overdue: boolean, extensionTo: string | null, extensionRefusedAt: string | null, extensionRefusalReason: string | null, borrower: { name: string, email: string } | null }> | null, itemRequests: Array<{ id: string, status: ItemRequestStatus, message: string, createdAt: string, handedOverAt: string | null, handoverNote: string | null, requester: { name: string, email: string } | null }> | null, viewerBookings: Array<{ id: string, status: BookingStatus, from: string, to: string, handedOverAt: string | null, receivedAt: string | null, returnedAt: string | null, returnCondition: string | null, returnNote: string | null, overdue: boolean, extensionTo: string | null, extensionRefusedAt: string | null, extensionRefusalReason: string | null }>, viewerItemRequests: Array<{ id: string, status: ItemRequestStatus, createdAt: string, handedOverAt: string | null, handoverNote: string | null }> } | null };

export type AddEquipmentNoticePhotoMutationVariables = Exact<{
  noticeId: string | number;
  key: string;
  width: number;
  height: number;
  alt?: string | null | undefined;
}>;


export type AddEquipmentNoticePhotoMutation = { addEquipmentNoticePhoto: { id: string, url: string, thumbUrl: string, alt: string | null } };

export type ApproveBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveBookingMutation = { approveBooking: { id: string, status: BookingStatus } };

export type RejectBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type RejectBookingMutation = { rejectBooking: { id: string, status: BookingStatus } };

export type CancelBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, status: BookingStatus } };

export type SetEquipmentNoticeStatusMutationVariables = Exact<{
  id: string | number;
  status: string;
}>;


export type SetEquipmentNoticeStatusMutation = { setEquipmentNoticeStatus: { id: string, status: string } };

export type RequestBookingMutationVariables = Exact<{
  noticeId: string | number;
  from: string;
  to: string;
  message?: string | null | undefined;
}>;


export type RequestBookingMutation = { requestBooking: { id: string, status: BookingStatus, from: string, to: string } };

export type RecordBookingHandoverMutationVariables = Exact<{
  id: string | number;
}>;


export type RecordBookingHandoverMutation = { recordBookingHandover: { id: string, status: BookingStatus, handedOverAt: string | null } };

export type ReturnBookingWithRecordMutationVariables = Exact<{
  id: string | number;
  condition?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type ReturnBookingWithRecordMutation = { returnBooking: { id: string, status: BookingStatus, returnedAt: string | null, returnCondition: string | null, returnNote: string | null } };

export type RecordItemHandoverMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type RecordItemHandoverMutation = { recordItemHandover: { id: string, handedOverAt: string | null } };

export type RequestItemMutationVariables = Exact<{
  id: string | number;
  m: string;
}>;


export type RequestItemMutation = { requestItem: { id: string, status: ItemRequestStatus } };

export type AcceptItemRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptItemRequestMutation = { acceptItemRequest: { id: string, status: ItemRequestStatus } };

export type DeclineItemRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineItemRequestMutation = { declineItemRequest: { id: string, status: ItemRequestStatus } };

export type RequestBookingExtensionMutationVariables = Exact<{
  id: string | number;
  to: string;
}>;


export type RequestBookingExtensionMutation = { requestBookingExtension: { id: string, extensionTo: string | null } };

export type ApproveBookingExtensionMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveBookingExtensionMutation = { approveBookingExtension: { id: string, to: string, extensionTo: string | null } };

export type RefuseBookingExtensionMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type RefuseBookingExtensionMutation = { refuseBookingExtension: { id: string, extensionTo: string | null } };

export type ConfirmBookingReceiptMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmBookingReceiptMutation = { confirmBookingReceipt: { id: string, receivedAt: string | null } };

export type UpdateEquipmentNoticeMutationVariables = Exact<{
  id: string | number;
  input: EquipmentNoticeInput;
}>;


export type UpdateEquipmentNoticeMutation = { updateEquipmentNotice: { id: string } };

export type CreateEquipmentNoticeMutationVariables = Exact<{
  input: EquipmentNoticeInput;
}>;


export type CreateEquipmentNoticeMutation = { createEquipmentNotice: { id: string } };

export type ProductFieldsFragment = { id: string, name: string, category: string, description: string | null, priceFrom: number | null, priceTo: number | null, unit: string | null, areaServed: string | null, socialClauseSuitable: boolean };

export type DeleteDemandAttachmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDemandAttachmentMutation = { deleteDemandAttachment: boolean };

export type RemoveOfferAttachmentMutationVariables = Exact<{
  demandId: string | number;
}>;


export type RemoveOfferAttachmentMutation = { removeOfferAttachment: boolean };

export type RemoveLettingApplicationDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveLettingApplicationDocumentMutation = { removeLettingApplicationDocument: boolean };

export type UploadedMarketplacePhotoFragment = { id: string, url: string, thumbUrl: string, alt: string | null };

export type UploadedAttachmentFragment = { id: string, fileName: string, url: string };

export type UpdateMarketplacePhotoMutationVariables = Exact<{
  id: string | number;
  alt?: string | null | undefined;
}>;


export type UpdateMarketplacePhotoMutation = { updateMarketplacePhoto: { id: string, alt: string | null } };

export type DeleteMarketplacePhotoMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteMarketplacePhotoMutation = { deleteMarketplacePhoto: boolean };

export type ReorderMarketplacePhotosMutationVariables = Exact<{
  photoIds: Array<string | number> | string | number;
}>;


export type ReorderMarketplacePhotosMutation = { reorderMarketplacePhotos: Array<{ id: string }> };

export type MarketplaceNoticesQueryVariables = Exact<{
  filter?: EquipmentNoticeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MarketplaceNoticesQuery = { equipmentNotices: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: NoticeKind, title: string, description: string | null, status: string, district: string | null, category: string | null, condition: ItemCondition | null, organization: { name: string, slug: string } | null, coverPhoto: { thumbUrl: string } | null } }> } };

export type MarketplaceProductsQueryVariables = Exact<{
  filter?: ProductFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MarketplaceProductsQuery = { products: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, category: string, description: string | null, priceFrom: number | null, priceTo: number | null, unit: string | null, areaServed: string | null, socialClauseSuitable: boolean, organization: { name: string, slug: string }, coverPhoto: { thumbUrl: string } | null } }> } };

export type MarketplaceDemandsQueryVariables = Exact<{
  filter?: DemandFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MarketplaceDemandsQuery = { demands: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: DemandKind, title: string, category: string | null, deadline: string, budget: number | null, socialClause: boolean, status: DemandStatus, acceptingOffers: boolean } }> } };

export type MarketplaceProductQueryVariables = Exact<{
  id: string | number;
}>;


export type MarketplaceProductQuery = { product: { id: string, name: string, category: string, description: string | null, priceFrom: number | null, priceTo: number | null, unit: string | null, areaServed: string | null, socialClauseSuitable: boolean, organization: { name: string, slug: string, viewerIsMember: boolean }, photos: Array<{ id: string, url: string, thumbUrl: string, alt: string | null, width: number, height: number }> } | null };

export type AddProductPhotoMutationVariables = Exact<{
  productId: string | number;
  key: string;
  width: number;
  height: number;
  alt?: string | null | undefined;
}>;


export type AddProductPhotoMutation = { addProductPhoto: { id: string, url: string, thumbUrl: string, alt: string | null } };

export type DeleteProductMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteProductMutation = { deleteProduct: boolean };

export type CreateProductMutationVariables = Exact<{
  input: ProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string, organization: { slug: string } } };

export type NewsArticleQueryVariables = Exact<{
  slug: string;
}>;


export type NewsArticleQuery = { newsPost: { id: string, slug: string, title: string, lead: string | null, bodyHtml: string, status: NewsStatus, isLive: boolean, publishedAt: string | null, updatedAt: string, category: string | null, coverImageUrl: string | null, authorName: string | null } | null };

export type NewsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  category?: string | null | undefined;
  year?: number | null | undefined;
  month?: number | null | undefined;
}>;


export type NewsListQuery = { newsPosts: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, slug: string, title: string, lead: string | null, publishedAt: string | null, category: string | null, coverImageUrl: string | null } }> }, newsCategories: Array<{ code: string, count: number }>, newsArchive: Array<{ year: number, month: number, count: number }> };

export type NewsletterIssuePageQueryVariables = Exact<{
  id: string | number;
}>;


export type NewsletterIssuePageQuery = { newsletterIssue: { id: string, subject: string, intro: string | null, sentAt: string | null, status: NewsletterIssueStatus, posts: Array<{ id: string, slug: string, title: string, lead: string | null, bodyHtml: string }> } | null };

export type NewsletterArchiveQueryVariables = Exact<{ [key: string]: never; }>;


export type NewsletterArchiveQuery = { newsletterIssues: Array<{ id: string, subject: string, intro: string | null, sentAt: string | null, posts: Array<{ id: string, title: string }> }> };

export type SubscribeToNewsletterMutationVariables = Exact<{
  email: string;
  consent: boolean;
  locale?: string | null | undefined;
}>;


export type SubscribeToNewsletterMutation = { subscribeToNewsletter: boolean };

export type ConfirmNewsletterSubscriptionMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmNewsletterSubscriptionMutation = { confirmNewsletterSubscription: boolean };

export type UnsubscribeFromNewsletterMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeFromNewsletterMutation = { unsubscribeFromNewsletter: boolean };

export type UnsubscribeFromNotificationsMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeFromNotificationsMutation = { unsubscribeFromNotifications: boolean };

export type SetOrganizationLogoMutationVariables = Exact<{
  organizationId: string | number;
  key: string;
}>;


export type SetOrganizationLogoMutation = { setOrganizationLogo: { id: string, logoUrl: string | null, hasUploadedLogo: boolean } };

export type RemoveOrganizationLogoMutationVariables = Exact<{
  organizationId: string | number;
}>;


export type RemoveOrganizationLogoMutation = { removeOrganizationLogo: { id: string, hasUploadedLogo: boolean } };

export type OrganizationProfileEditQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationProfileEditQuery = { organization: { externalLogoUrl: string | null, hasUploadedLogo: boolean, id: string, name: string, slug: string, legalForm: LegalForm, krs: string | null, nip: string | null, address: string | null, district: string | null, description: string | null, email: string | null, phone: string | null, website: string | null, logoUrl: string | null, activities: Array<string>, viewerIsMember: boolean } | null };

export type UpdateOrganizationProfileMutationVariables = Exact<{
  id: string | number;
  input: OrganizationProfileInput;
}>;


export type UpdateOrganizationProfileMutation = { updateOrganizationProfile: { id: string, slug: string } };

export type OrganizationProfileQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationProfileQuery = { organization: { verified: boolean, id: string, name: string, slug: string, legalForm: LegalForm, krs: string | null, nip: string | null, address: string | null, district: string | null, description: string | null, email: string | null, phone: string | null, website: string | null, logoUrl: string | null, activities: Array<string>, viewerIsMember: boolean, certifications: Array<{ name: string, validFrom: string, validTo: string }>, products: Array<{ id: string, name: string, category: string, description: string | null, priceFrom: number | null, priceTo: number | null, unit: string | null, areaServed: string | null, socialClauseSuitable: boolean, coverPhoto: { thumbUrl: string } | null }>, equipmentNotices: Array<{ id: string, kind: NoticeKind, title: string, district: string | null, status: string }>, members: Array<{ id: string, name: string, role: MemberRole, title: string | null }> } | null };

export type DecideOrganizationMembershipMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
}>;


export type DecideOrganizationMembershipMutation = { decideOrganizationMembership: { id: string, status: MembershipStatus } };

export type OrganizationProfileFieldsFragment = { id: string, name: string, slug: string, legalForm: LegalForm, krs: string | null, nip: string | null, address: string | null, district: string | null, description: string | null, email: string | null, phone: string | null, website: string | null, logoUrl: string | null, activities: Array<string>, viewerIsMember: boolean };

export type OrganizationsDirectoryQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsDirectoryQuery = { organizationActivities: Array<string>, organizations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, slug: string, legalForm: LegalForm, district: string | null, verified: boolean, activities: Array<string>, description: string | null } }> } };

export type SendPremisesEnquiryMutationVariables = Exact<{
  premisesId: string | number;
  message: string;
}>;


export type SendPremisesEnquiryMutation = { sendPremisesEnquiry: { id: string } };

export type ApplyToPremisesLettingRoundMutationVariables = Exact<{
  input: PremisesLettingApplicationInput;
}>;


export type ApplyToPremisesLettingRoundMutation = { applyToPremisesLettingRound: { id: string } };

export type OpenPremisesLettingRoundMutationVariables = Exact<{
  input: PremisesLettingRoundInput;
}>;


export type OpenPremisesLettingRoundMutation = { openPremisesLettingRound: { id: string } };

export type AwardPremisesLettingRoundMutationVariables = Exact<{
  roundId: string | number;
  applicationId: string | number;
}>;


export type AwardPremisesLettingRoundMutation = { awardPremisesLettingRound: { id: string } };

export type ClosePremisesLettingRoundMutationVariables = Exact<{
  roundId: string | number;
}>;


export type ClosePremisesLettingRoundMutation = { closePremisesLettingRound: { id: string } };

export type MarkPremisesRentedMutationVariables = Exact<{
  premisesId: string | number;
}>;


export type MarkPremisesRentedMutation = { markPremisesRented: { id: string } };

export type PremisesDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type PremisesDetailsQuery = { premises: { rentPerM2: number, enquiryRecipient: string | null, ownerId: string | null, createdAt: string, updatedAt: string, id: string, code: string | null, address: string, district: string, latitude: number | null, longitude: number | null, floor: number | null, areaM2: number, stepFree: boolean, condition: PremisesCondition | null, conditionNote: string | null, utilities: Array<Utility>, utilitiesNote: string | null, description: string | null, status: PremisesStatus, availableFrom: string | null, permittedUse: string | null, monthlyRent: number, preferentialRent: boolean, administrator: string | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, photos: Array<{ id: string, url: string, thumbUrl: string, width: number, height: number, alt: string | null }> } | null };

export type PremisesViewingsLettingQueryVariables = Exact<{
  id: string | number;
}>;


export type PremisesViewingsLettingQuery = { premisesViewingSlots: Array<{ id: string, startsAt: string, endsAt: string, place: string, capacity: number, bookedCount: number, bookedByMe: boolean }>, premisesLettingRounds: Array<{ id: string, status: LettingRoundStatus, deadline: string, minimumRent: number, permittedUse: string | null, preferentialRent: boolean, documents: string | null, acceptsApplications: boolean, result: { organizationName: string, rent: number, decidedAt: string } | null, applications: Array<{ id: string, proposedRent: number, intendedUse: string, organization: { name: string } | null, documents: Array<{ id: string, fileName: string, size: number, url: string }> }> }> };

export type PremisesViewingBookingsListQueryVariables = Exact<{
  id: string | number;
}>;


export type PremisesViewingBookingsListQuery = { premisesViewingBookings: Array<{ id: string, slotId: string, personName: string | null, personEmail: string | null, organization: { name: string } | null }> };

export type PremisesMyEnquiriesQueryVariables = Exact<{
  id: string | number;
}>;


export type PremisesMyEnquiriesQuery = { myPremisesEnquiries: Array<{ id: string, status: EnquiryStatus, createdAt: string, reply: string | null, repliedAt: string | null, repliedByName: string | null }> };

export type AddPremisesPhotoMutationVariables = Exact<{
  premisesId: string | number;
  key: string;
  width: number;
  height: number;
  alt?: string | null | undefined;
}>;


export type AddPremisesPhotoMutation = { addPremisesPhoto: { id: string, url: string, thumbUrl: string, width: number, height: number, alt: string | null } };

export type BookPremisesViewingMutationVariables = Exact<{
  slotId: string | number;
}>;


export type BookPremisesViewingMutation = { bookPremisesViewing: { id: string } };

export type CreatePremisesViewingSlotMutationVariables = Exact<{
  input: PremisesViewingSlotInput;
}>;


export type CreatePremisesViewingSlotMutation = { createPremisesViewingSlot: { id: string } };

export type UnsubscribePremisesSearchMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribePremisesSearchMutation = { unsubscribePremisesSearch: boolean };

export type PremisesExportQueryVariables = Exact<{
  filter?: PremisesFilter | null | undefined;
  orderBy?: PremisesOrder | null | undefined;
}>;


export type PremisesExportQuery = { premisesCsv: string };

export type PremisesFieldsFragment = { id: string, code: string | null, address: string, district: string, latitude: number | null, longitude: number | null, floor: number | null, areaM2: number, stepFree: boolean, condition: PremisesCondition | null, conditionNote: string | null, utilities: Array<Utility>, utilitiesNote: string | null, description: string | null, status: PremisesStatus, availableFrom: string | null, permittedUse: string | null, monthlyRent: number, preferentialRent: boolean, administrator: string | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null };

export type PremisesPhotoFieldsFragment = { id: string, url: string, thumbUrl: string, width: number, height: number, alt: string | null };

export type AddLettingApplicationDocumentMutationVariables = Exact<{
  roundId: string | number;
  key: string;
  fileName?: string | null | undefined;
}>;


export type AddLettingApplicationDocumentMutation = { addLettingApplicationDocument: { id: string, fileName: string, url: string } };

export type PremisesCountQueryVariables = Exact<{
  filter?: PremisesFilter | null | undefined;
}>;


export type PremisesCountQuery = { premisesFacets: { totalCount: number } };

export type PremisesSearchPageQueryVariables = Exact<{
  filter?: PremisesFilter | null | undefined;
  orderBy?: PremisesOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PremisesSearchPageQuery = { premisesSearch: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, address: string, district: string, areaM2: number, monthlyRent: number, rentPerM2: number, status: PremisesStatus, stepFree: boolean, preferentialRent: boolean, floor: number | null, latitude: number | null, longitude: number | null, photos: Array<{ thumbUrl: string, alt: string | null }> } }> }, premisesFacets: { totalCount: number, areaMin: number | null, areaMax: number | null, rentMin: number | null, rentMax: number | null, districts: Array<{ district: string, count: number }>, rentHistogram: Array<{ from: number, to: number, count: number }> } };

export type MyPremisesSearchesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPremisesSearchesQuery = { myPremisesSearches: Array<{ id: string, name: string, query: string }> };

export type SavePremisesSearchMutationVariables = Exact<{
  name: string;
  filter?: PremisesFilter | null | undefined;
}>;


export type SavePremisesSearchMutation = { savePremisesSearch: { id: string } };

export type DeletePremisesSearchMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePremisesSearchMutation = { deletePremisesSearch: boolean };

export type PremisesSearchMapPointsQueryVariables = Exact<{
  filter?: PremisesFilter | null | undefined;
}>;


export type PremisesSearchMapPointsQuery = { premisesMapPoints: { totalCount: number, truncated: boolean, points: Array<{ id: string, latitude: number, longitude: number, title: string }> } };

export type CancelPremisesViewingByTokenMutationVariables = Exact<{
  token: string;
}>;


export type CancelPremisesViewingByTokenMutation = { cancelPremisesViewingByToken: { id: string, cancelledAt: string | null } };

export type LegalPageQueryVariables = Exact<{
  key: string;
}>;


export type LegalPageQuery = { programmePage: { key: string, title: string, bodyHtml: string, titleEn: string | null, bodyHtmlEn: string | null, updatedAt: string } | null };

export type ProgrammeFiguresPageQueryVariables = Exact<{
  period?: FiguresPeriod | null | undefined;
}>;


export type ProgrammeFiguresPageQuery = { programmeFigures: { premises: { offered: number, available: number, reserved: number, rented: number, totalAreaM2: number, meanRentPerM2: number | null, byDistrict: Array<{ district: string, offered: number, available: number, reserved: number, rented: number, totalAreaM2: number, meanRentPerM2: number | null }> }, trainings: { trainingsHeld: number, meetingsHeld: number, seatsOffered: number, registered: number, attended: number, officials: number, pes: number, residents: number }, organizations: { total: number, verified: number, byLegalForm: Array<{ legalForm: string, count: number, verified: number }> }, marketplace: { products: number, demandsPosted: number, demandsWithSocialClause: number, offersReceived: number, demandsAwarded: number, noticesByKind: Array<{ kind: string, count: number, handedOver: number }> }, newsletter: { confirmedSubscribers: number, confirmedByMonth: Array<{ month: string, count: number, total: number }> } | null, socialValue: Array<{ year: number, spendWithPes: number, demandsAwarded: number, demandsPosted: number, clauseNone: number, clauseReservedContract: number, clauseEmployment: number, clauseOtherSocial: number, demandsWithoutOffer: number, itemsReused: number, itemsReusedValue: number, loansHandedOver: number }> } };

export type PublishedProgrammePageFragment = { key: string, title: string, bodyHtml: string, titleEn: string | null, bodyHtmlEn: string | null, updatedAt: string };

export type ProgrammePageQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammePageQuery = { programmePages: Array<{ key: string, title: string, bodyHtml: string, titleEn: string | null, bodyHtmlEn: string | null, updatedAt: string, draft: { title: string, bodyHtml: string, titleEn: string | null, bodyHtmlEn: string | null } | null }>, programmePartners: Array<{ id: string, name: string, url: string, description: string | null, logoUrl: string | null, logoWidth: number | null, logoHeight: number | null }>, newsPosts: { edges: Array<{ node: { id: string, slug: string, title: string, publishedAt: string | null } }> } };

export type SetProgrammePartnerLogoMutationVariables = Exact<{
  id: string | number;
  key: string;
  width: number;
  height: number;
}>;


export type SetProgrammePartnerLogoMutation = { setProgrammePartnerLogo: { id: string, logoUrl: string | null, logoWidth: number | null, logoHeight: number | null } };

export type SearchPageQueryVariables = Exact<{
  query: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchPageQuery = { search: { totalCount: number, countsByKind: Array<{ kind: SearchKind, count: number }>, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { kind: SearchKind, id: string, title: string, snippet: string | null, url: string } }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type SignUpMutationVariables = Exact<{
  email: string;
  password: string;
  name: string;
  accountType: AccountType;
  acceptTerms?: boolean | null | undefined;
  locale?: string | null | undefined;
}>;


export type SignUpMutation = { signUp: { id: string, role: Role, accountType: AccountType } };

export type CancelRegistrationByTokenMutationVariables = Exact<{
  token: string;
}>;


export type CancelRegistrationByTokenMutation = { cancelRegistrationByToken: { id: string, status: RegistrationStatus } };

export type SubmitTrainingFeedbackMutationVariables = Exact<{
  token: string;
  input: TrainingFeedbackInput;
}>;


export type SubmitTrainingFeedbackMutation = { submitTrainingFeedback: boolean };

export type TrainingFeedbackPageQueryVariables = Exact<{
  token: string;
}>;


export type TrainingFeedbackPageQuery = { trainingFeedbackForm: { given: boolean, attended: boolean, training: { id: string, title: string } } | null };

export type RegisterGroupForTrainingMutationVariables = Exact<{
  trainingId: string | number;
  attendees: Array<GroupAttendeeInput> | GroupAttendeeInput;
}>;


export type RegisterGroupForTrainingMutation = { registerGroupForTraining: Array<{ id: string, status: RegistrationStatus }> };

export type WithdrawGroupMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawGroupMemberMutation = { withdrawRegistration: { id: string, status: RegistrationStatus } };

export type AddTrainingMaterialFileMutationVariables = Exact<{
  trainingId: string | number;
  input: TrainingMaterialInput;
}>;


export type AddTrainingMaterialFileMutation = { addTrainingMaterial: { id: string, url: string } };

export type TrainingPageQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingPageQuery = { training: { online: boolean, seatsLeft: number, confirmedCount: number, waitlistCount: number, registrationClosedReason: string | null, id: string, kind: TrainingKind, title: string, description: string | null, topics: Array<string>, audience: Array<Audience>, trainers: Array<string>, host: string | null, startsAt: string, endsAt: string, registrationDeadline: string | null, capacity: number, venue: string, address: string | null, latitude: number | null, longitude: number | null, onlineUrl: string | null, consentText: string | null, askDietary: boolean, askAccessibility: boolean, cancelledAt: string | null, seatsByAudience: Array<{ audience: Audience, quota: number | null, confirmedCount: number, seatsLeft: number }>, questions: Array<{ id: string, type: QuestionType, label: string, help: string | null, required: boolean, options: Array<string> }>, materials: Array<{ fileName: string | null, id: string, title: string, url: string, isFile: boolean }>, myGroup: Array<{ id: string, attendeeName: string | null, attendeeEmail: string | null, status: RegistrationStatus }>, myRegistration: { id: string, status: RegistrationStatus, waitlistPosition: number | null, checkInCode: string | null, checkInQrSvg: string | null, attended: boolean } | null } | null };

export type RegisterForTrainingButtonMutationVariables = Exact<{
  trainingId: string | number;
  answers?: RegistrationAnswersInput | null | undefined;
}>;


export type RegisterForTrainingButtonMutation = { registerForTraining: { id: string, status: RegistrationStatus, waitlistPosition: number | null, checkInCode: string | null } };

export type CancelRegistrationMutationVariables = Exact<{
  trainingId: string | number;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { id: string, status: RegistrationStatus, waitlistPosition: number | null } };

export type TrainingFieldsFragment = { id: string, kind: TrainingKind, title: string, description: string | null, topics: Array<string>, audience: Array<Audience>, trainers: Array<string>, host: string | null, startsAt: string, endsAt: string, registrationDeadline: string | null, capacity: number, venue: string, address: string | null, latitude: number | null, longitude: number | null, onlineUrl: string | null, consentText: string | null, askDietary: boolean, askAccessibility: boolean, cancelledAt: string | null };

export type TrainingQuestionFieldsFragment = { id: string, type: QuestionType, label: string, help: string | null, required: boolean, options: Array<string> };

export type TrainingMaterialLinkFragment = { id: string, title: string, url: string, isFile: boolean };

export type TrainingFillFieldsFragment = { id: string, title: string, startsAt: string, endsAt: string, capacity: number, confirmedCount: number, waitlistCount: number };

export type TrainingMaterialDownloadQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingMaterialDownloadQuery = { trainingMaterial: { id: string, public: boolean, fileName: string | null, fileKey: string | null, contentType: string | null } | null };

export type TrainingsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  upcoming?: boolean | null | undefined;
  filter?: TrainingFilter | null | undefined;
}>;


export type TrainingsPageQuery = { trainings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: TrainingKind, title: string, venue: string, startsAt: string, endsAt: string, registrationDeadline: string | null, capacity: number, seatsLeft: number, waitlistCount: number, audience: Array<Audience>, online: boolean, topics: Array<string>, cancelledAt: string | null, myRegistration: { status: RegistrationStatus, waitlistPosition: number | null } | null } }> } };

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
export const NextPageFragmentDoc = new TypedDocumentString(`
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}
    `, {"fragmentName":"NextPage"}) as unknown as TypedDocumentString<NextPageFragment, unknown>;
export const ProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFields on Product {
  id
  name
  category
  description
  priceFrom
  priceTo
  unit
  areaServed
  socialClauseSuitable
}
    `, {"fragmentName":"ProductFields"}) as unknown as TypedDocumentString<ProductFieldsFragment, unknown>;
export const UploadedMarketplacePhotoFragmentDoc = new TypedDocumentString(`
    fragment UploadedMarketplacePhoto on MarketplacePhoto {
  id
  url
  thumbUrl
  alt
}
    `, {"fragmentName":"UploadedMarketplacePhoto"}) as unknown as TypedDocumentString<UploadedMarketplacePhotoFragment, unknown>;
export const UploadedAttachmentFragmentDoc = new TypedDocumentString(`
    fragment UploadedAttachment on Attachment {
  id
  fileName
  url
}
    `, {"fragmentName":"UploadedAttachment"}) as unknown as TypedDocumentString<UploadedAttachmentFragment, unknown>;
export const OrganizationProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationProfileFields on Organization {
  id
  name
  slug
  legalForm
  krs
  nip
  address
  district
  description
  email
  phone
  website
  logoUrl
  activities
  viewerIsMember
}
    `, {"fragmentName":"OrganizationProfileFields"}) as unknown as TypedDocumentString<OrganizationProfileFieldsFragment, unknown>;
export const PremisesFieldsFragmentDoc = new TypedDocumentString(`
    fragment PremisesFields on Premises {
  id
  code
  address
  district
  latitude
  longitude
  floor
  areaM2
  stepFree
  condition
  conditionNote
  utilities
  utilitiesNote
  description
  status
  availableFrom
  permittedUse
  monthlyRent
  preferentialRent
  administrator
  contactName
  contactPhone
  contactEmail
}
    `, {"fragmentName":"PremisesFields"}) as unknown as TypedDocumentString<PremisesFieldsFragment, unknown>;
export const PremisesPhotoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PremisesPhotoFields on PremisesPhoto {
  id
  url
  thumbUrl
  width
  height
  alt
}
    `, {"fragmentName":"PremisesPhotoFields"}) as unknown as TypedDocumentString<PremisesPhotoFieldsFragment, unknown>;
export const PublishedProgrammePageFragmentDoc = new TypedDocumentString(`
    fragment PublishedProgrammePage on ProgrammePage {
  key
  title
  bodyHtml
  titleEn
  bodyHtmlEn
  updatedAt
}
    `, {"fragmentName":"PublishedProgrammePage"}) as unknown as TypedDocumentString<PublishedProgrammePageFragment, unknown>;
export const TrainingFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingFields on Training {
  id
  kind
  title
  description
  topics
  audience
  trainers
  host
  startsAt
  endsAt
  registrationDeadline
  capacity
  venue
  address
  latitude
  longitude
  onlineUrl
  consentText
  askDietary
  askAccessibility
  cancelledAt
}
    `, {"fragmentName":"TrainingFields"}) as unknown as TypedDocumentString<TrainingFieldsFragment, unknown>;
export const TrainingQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingQuestionFields on TrainingQuestion {
  id
  type
  label
  help
  required
  options
}
    `, {"fragmentName":"TrainingQuestionFields"}) as unknown as TypedDocumentString<TrainingQuestionFieldsFragment, unknown>;
export const TrainingMaterialLinkFragmentDoc = new TypedDocumentString(`
    fragment TrainingMaterialLink on TrainingMaterial {
  id
  title
  url
  isFile
}
    `, {"fragmentName":"TrainingMaterialLink"}) as unknown as TypedDocumentString<TrainingMaterialLinkFragment, unknown>;
export const TrainingFillFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingFillFields on Training {
  id
  title
  startsAt
  endsAt
  capacity
  confirmedCount
  waitlistCount
}
    `, {"fragmentName":"TrainingFillFields"}) as unknown as TypedDocumentString<TrainingFillFieldsFragment, unknown>;
export const AccessibilityStatementDocument = new TypedDocumentString(`
    query AccessibilityStatement($key: String!) {
  programmePage(key: $key) {
    ...PublishedProgrammePage
    body
  }
}
    fragment PublishedProgrammePage on ProgrammePage {
  key
  title
  bodyHtml
  titleEn
  bodyHtmlEn
  updatedAt
}`) as unknown as TypedDocumentString<AccessibilityStatementQuery, AccessibilityStatementQueryVariables>;
export const MyActivityDocument = new TypedDocumentString(`
    query MyActivity {
  waitingForMe {
    bookingRequests
    itemRequests
    enquiries
    approvals
    demandsToDecide
    total
  }
  myPremisesEnquiries {
    id
    status
    message
    reply
    repliedAt
    repliedByName
    createdAt
    premises {
      id
      address
      district
    }
  }
  myItemRequests {
    id
    status
    createdAt
    notice {
      id
      title
    }
  }
  myBookings {
    id
    status
    from
    to
    notice {
      id
      title
    }
  }
  bookingRequestsForMe {
    id
    from
    to
    message
    createdAt
    borrower {
      name
    }
    notice {
      id
      title
    }
  }
  itemRequestsForMe {
    id
    message
    createdAt
    requester {
      name
    }
    notice {
      id
      title
    }
  }
  extensionRequestsForMe {
    id
    to
    extensionTo
    borrower {
      name
    }
    notice {
      id
      title
    }
  }
  myOrganizationOffers {
    id
    price
    updatedAt
    awarded
    demand {
      id
      title
      deadline
      status
    }
  }
  myPremisesViewingBookings {
    id
    cancelledAt
    slot {
      id
      startsAt
      endsAt
      place
    }
    premises {
      id
      address
    }
  }
  myPremisesLettingApplications {
    id
    proposedRent
    createdAt
    awarded
    round {
      id
      status
      deadline
    }
    premises {
      id
      address
    }
  }
  myRegistrations {
    id
    status
    waitlistPosition
    attended
    training {
      id
      title
      startsAt
      endsAt
      venue
      cancelledAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyActivityQuery, MyActivityQueryVariables>;
export const MyApprovalDocument = new TypedDocumentString(`
    query MyApproval {
  myApproval {
    kind
    state
    reason
    organizationName
    since
  }
}
    `) as unknown as TypedDocumentString<MyApprovalQuery, MyApprovalQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(input: {ids: $ids})
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($after: String) {
  notifications(first: 20, after: $after) {
    totalCount
    edges {
      node {
        id
        kind
        title
        body
        link
        readAt
        createdAt
      }
    }
    pageInfo {
      ...NextPage
    }
  }
  unreadNotificationCount
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const AccountRegisterOrganizationDocument = new TypedDocumentString(`
    mutation AccountRegisterOrganization($input: OrganizationRegistrationInput!) {
  registerOrganization(input: $input) {
    id
    name
    verified
  }
}
    `) as unknown as TypedDocumentString<AccountRegisterOrganizationMutation, AccountRegisterOrganizationMutationVariables>;
export const AccountFindOrganizationsDocument = new TypedDocumentString(`
    query AccountFindOrganizations($search: String!) {
  findOrganizations(search: $search, first: 20) {
    id
    name
    verified
    district
    legalForm
  }
}
    `) as unknown as TypedDocumentString<AccountFindOrganizationsQuery, AccountFindOrganizationsQueryVariables>;
export const AccountRequestMembershipDocument = new TypedDocumentString(`
    mutation AccountRequestMembership($organizationId: ID!) {
  requestOrganizationMembership(organizationId: $organizationId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AccountRequestMembershipMutation, AccountRequestMembershipMutationVariables>;
export const AccountUpdateOrganizationMemberDocument = new TypedDocumentString(`
    mutation AccountUpdateOrganizationMember($id: ID!, $input: OrganizationMemberInput!) {
  updateOrganizationMember(id: $id, input: $input) {
    id
    role
    title
  }
}
    `) as unknown as TypedDocumentString<AccountUpdateOrganizationMemberMutation, AccountUpdateOrganizationMemberMutationVariables>;
export const AccountRemoveOrganizationMemberDocument = new TypedDocumentString(`
    mutation AccountRemoveOrganizationMember($id: ID!) {
  removeOrganizationMember(id: $id)
}
    `) as unknown as TypedDocumentString<AccountRemoveOrganizationMemberMutation, AccountRemoveOrganizationMemberMutationVariables>;
export const AccountOrganizationMembershipDocument = new TypedDocumentString(`
    query AccountOrganizationMembership {
  me {
    id
    role
    membership {
      id
      status
      role
      organization {
        id
        name
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountOrganizationMembershipQuery, AccountOrganizationMembershipQueryVariables>;
export const AccountOrganizationMembersDocument = new TypedDocumentString(`
    query AccountOrganizationMembers($id: ID!) {
  organizationById(id: $id) {
    id
    name
    slug
  }
  organizationMembers(organizationId: $id) {
    id
    role
    title
    user {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AccountOrganizationMembersQuery, AccountOrganizationMembersQueryVariables>;
export const AccountPageDocument = new TypedDocumentString(`
    query AccountPage {
  me {
    id
    email
    name
    role
    accountType
    approvalStatus
    membership {
      id
      status
      role
      organization {
        id
        name
        verified
      }
    }
  }
  organizationJoinRequests {
    id
    createdAt
    user {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AccountPageQuery, AccountPageQueryVariables>;
export const MyNotificationPreferencesDocument = new TypedDocumentString(`
    query MyNotificationPreferences {
  notificationPreferences {
    kind
    delivery
  }
  myFollows {
    kind
    value
    label
  }
}
    `) as unknown as TypedDocumentString<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {
  setNotificationPreference(input: {kind: $kind, delivery: $delivery}) {
    kind
    delivery
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($password: String!) {
  deleteMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const PrivacyPageDocument = new TypedDocumentString(`
    query PrivacyPage {
  me {
    id
    email
    hasPassword
  }
}
    `) as unknown as TypedDocumentString<PrivacyPageQuery, PrivacyPageQueryVariables>;
export const MyRegistrationsPageDocument = new TypedDocumentString(`
    query MyRegistrationsPage {
  myRegistrations {
    id
    status
    waitlistPosition
    attended
    registeredAt
    training {
      id
      title
      startsAt
      endsAt
      venue
      cancelledAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyRegistrationsPageQuery, MyRegistrationsPageQueryVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($newEmail: String!, $password: String!) {
  requestEmailChange(newEmail: $newEmail, password: $password)
}
    `) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SecurityPageDocument = new TypedDocumentString(`
    query SecurityPage {
  me {
    id
    hasPassword
  }
}
    `) as unknown as TypedDocumentString<SecurityPageQuery, SecurityPageQueryVariables>;
export const ResendVerificationEmailDocument = new TypedDocumentString(`
    mutation ResendVerificationEmail {
  resendVerificationEmail
}
    `) as unknown as TypedDocumentString<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const VerifyEmailLinkDocument = new TypedDocumentString(`
    mutation VerifyEmailLink($token: String!) {
  verifyEmail(token: $token)
}
    `) as unknown as TypedDocumentString<VerifyEmailLinkMutation, VerifyEmailLinkMutationVariables>;
export const AdminDecideOfficialDocument = new TypedDocumentString(`
    mutation AdminDecideOfficial($userId: ID!, $approve: Boolean!, $reason: String) {
  decideOfficial(userId: $userId, approve: $approve, reason: $reason) {
    id
    role
    approvalStatus
  }
}
    `) as unknown as TypedDocumentString<AdminDecideOfficialMutation, AdminDecideOfficialMutationVariables>;
export const AdminVerifyOrganizationDocument = new TypedDocumentString(`
    mutation AdminVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id, verified: true) {
    id
    verified
  }
}
    `) as unknown as TypedDocumentString<AdminVerifyOrganizationMutation, AdminVerifyOrganizationMutationVariables>;
export const AdminRejectOrganizationDocument = new TypedDocumentString(`
    mutation AdminRejectOrganization($id: ID!, $reason: String!) {
  rejectOrganization(id: $id, reason: $reason) {
    id
    rejectedAt
  }
}
    `) as unknown as TypedDocumentString<AdminRejectOrganizationMutation, AdminRejectOrganizationMutationVariables>;
export const AdminPendingApprovalsDocument = new TypedDocumentString(`
    query AdminPendingApprovals {
  pendingApprovals {
    officials {
      id
      name
      email
      createdAt
    }
    organizations {
      id
      name
      legalForm
      nip
      krs
      district
      address
      email
      phone
      website
      description
      createdAt
      applicant {
        name
        email
      }
    }
    memberships {
      id
      createdAt
      user {
        name
        email
      }
      organization {
        name
        verified
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPendingApprovalsQuery, AdminPendingApprovalsQueryVariables>;
export const AdminAuditLogDocument = new TypedDocumentString(`
    query AdminAuditLog($first: Int!, $offset: Int!) {
  auditLog(first: $first, offset: $offset) {
    total
    items {
      id
      action
      entityType
      entityId
      data
      createdAt
      actor {
        id
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const ProgrammeFiguresDetailPageDocument = new TypedDocumentString(`
    query ProgrammeFiguresDetailPage($period: FiguresPeriod) {
  programmeFiguresDetail(period: $period) {
    premisesByMonth {
      month
      offered
      rented
      totalAreaM2
    }
    trainings {
      id
      title
      kind
      startsAt
      endsAt
      seats
      registered
      waitlisted
      attended
      officials
      pes
      residents
    }
    trainingsByMonth {
      month
      held
      seats
      registered
      attended
    }
    demandsByCategory {
      category
      demands
      withSocialClause
      offers
      awarded
    }
    organizationsByDistrict {
      district
      count
      verified
    }
    subscribersByMonth {
      month
      confirmed
      unsubscribed
      total
    }
    noticesByKind {
      kind
      total
      available
      reserved
      handedOver
      closed
    }
    demandsWithoutOffer {
      id
      title
      category
      deadline
      clauseType
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeFiguresDetailPageQuery, ProgrammeFiguresDetailPageQueryVariables>;
export const AdminNewsPostDocument = new TypedDocumentString(`
    query AdminNewsPost($id: ID!) {
  newsPostById(id: $id) {
    id
    slug
    status
    isLive
    hasUnpublishedChanges
    publishedAt
    draft {
      title
      body
      category
      lead
      coverImageUrl
    }
  }
  newsRevisions(postId: $id) {
    id
    title
    kind
    authorName
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AdminNewsPostQuery, AdminNewsPostQueryVariables>;
export const CreateNewsPostDocument = new TypedDocumentString(`
    mutation CreateNewsPost($input: NewsPostInput!) {
  createNewsPost(input: $input) {
    id
    slug
    status
  }
}
    `) as unknown as TypedDocumentString<CreateNewsPostMutation, CreateNewsPostMutationVariables>;
export const UpdateNewsPostDocument = new TypedDocumentString(`
    mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {
  updateNewsPost(id: $id, input: $input) {
    id
    status
    hasUnpublishedChanges
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateNewsPostMutation, UpdateNewsPostMutationVariables>;
export const PublishNewsPostDocument = new TypedDocumentString(`
    mutation PublishNewsPost($id: ID!, $at: DateTime) {
  publishNewsPost(id: $id, at: $at) {
    id
    status
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishNewsPostMutation, PublishNewsPostMutationVariables>;
export const UnpublishNewsPostDocument = new TypedDocumentString(`
    mutation UnpublishNewsPost($id: ID!) {
  unpublishNewsPost(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UnpublishNewsPostMutation, UnpublishNewsPostMutationVariables>;
export const ArchiveNewsPostDocument = new TypedDocumentString(`
    mutation ArchiveNewsPost($id: ID!) {
  archiveNewsPost(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ArchiveNewsPostMutation, ArchiveNewsPostMutationVariables>;
export const RenderNewsPreviewDocument = new TypedDocumentString(`
    query RenderNewsPreview($body: String!) {
  renderNewsPreview(body: $body)
}
    `) as unknown as TypedDocumentString<RenderNewsPreviewQuery, RenderNewsPreviewQueryVariables>;
export const RestoreNewsRevisionDocument = new TypedDocumentString(`
    mutation RestoreNewsRevision($revisionId: ID!) {
  restoreNewsRevision(revisionId: $revisionId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreNewsRevisionMutation, RestoreNewsRevisionMutationVariables>;
export const NewsRevisionDiffDocument = new TypedDocumentString(`
    query NewsRevisionDiff($fromId: ID!, $toId: ID!) {
  newsRevisionDiff(fromId: $fromId, toId: $toId) {
    value
    added
    removed
  }
}
    `) as unknown as TypedDocumentString<NewsRevisionDiffQuery, NewsRevisionDiffQueryVariables>;
export const RestoreProgrammePageRevisionDocument = new TypedDocumentString(`
    mutation RestoreProgrammePageRevision($revisionId: ID!) {
  restoreProgrammePageRevision(revisionId: $revisionId) {
    key
  }
}
    `) as unknown as TypedDocumentString<RestoreProgrammePageRevisionMutation, RestoreProgrammePageRevisionMutationVariables>;
export const ProgrammePageRevisionDiffDocument = new TypedDocumentString(`
    query ProgrammePageRevisionDiff($fromId: ID!, $toId: ID!) {
  programmePageRevisionDiff(fromId: $fromId, toId: $toId) {
    value
    added
    removed
  }
}
    `) as unknown as TypedDocumentString<ProgrammePageRevisionDiffQuery, ProgrammePageRevisionDiffQueryVariables>;
export const AdminNewsletterIssueDocument = new TypedDocumentString(`
    query AdminNewsletterIssue($id: ID!) {
  newsletterIssue(id: $id) {
    id
    subject
    intro
    subjectEn
    introEn
    status
    sentAt
    recipientCount
    postIds
  }
  previewNewsletterIssue(id: $id) {
    subject
    text
    html
  }
  previewEn: previewNewsletterIssue(id: $id, locale: "en") {
    subject
    html
  }
  newsPosts(first: 50) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminNewsletterIssueQuery, AdminNewsletterIssueQueryVariables>;
export const CreateNewsletterIssueDocument = new TypedDocumentString(`
    mutation CreateNewsletterIssue($input: NewsletterIssueInput!) {
  createNewsletterIssue(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateNewsletterIssueMutation, CreateNewsletterIssueMutationVariables>;
export const UpdateNewsletterIssueDocument = new TypedDocumentString(`
    mutation UpdateNewsletterIssue($id: ID!, $input: NewsletterIssueInput!) {
  updateNewsletterIssue(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateNewsletterIssueMutation, UpdateNewsletterIssueMutationVariables>;
export const AdminNewsletterDocument = new TypedDocumentString(`
    query AdminNewsletter {
  newsletterIssues(includeDrafts: true, first: 100) {
    id
    subject
    status
    sentAt
    recipientCount
    createdAt
  }
  newsletterStats {
    pending
    confirmed
    unsubscribed
  }
  newsPosts(first: 50) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminNewsletterQuery, AdminNewsletterQueryVariables>;
export const SendNewsletterIssueTestDocument = new TypedDocumentString(`
    mutation SendNewsletterIssueTest($id: ID!) {
  sendNewsletterIssueTest(id: $id)
}
    `) as unknown as TypedDocumentString<SendNewsletterIssueTestMutation, SendNewsletterIssueTestMutationVariables>;
export const SendNewsletterIssueDocument = new TypedDocumentString(`
    mutation SendNewsletterIssue($id: ID!) {
  sendNewsletterIssue(id: $id) {
    id
    status
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<SendNewsletterIssueMutation, SendNewsletterIssueMutationVariables>;
export const AdminNewsListDocument = new TypedDocumentString(`
    query AdminNewsList($after: String) {
  newsPosts(first: 25, after: $after, includeUnpublished: true) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        slug
        title
        status
        isLive
        hasUnpublishedChanges
        publishedAt
        updatedAt
        category
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<AdminNewsListQuery, AdminNewsListQueryVariables>;
export const AdminProgrammePartnersDocument = new TypedDocumentString(`
    query AdminProgrammePartners {
  programmePartners {
    id
    name
    url
    description
    logoUrl
  }
}
    `) as unknown as TypedDocumentString<AdminProgrammePartnersQuery, AdminProgrammePartnersQueryVariables>;
export const CreateProgrammePartnerDocument = new TypedDocumentString(`
    mutation CreateProgrammePartner($input: ProgrammePartnerInput!) {
  createProgrammePartner(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProgrammePartnerMutation, CreateProgrammePartnerMutationVariables>;
export const UpdateProgrammePartnerDocument = new TypedDocumentString(`
    mutation UpdateProgrammePartner($id: ID!, $input: ProgrammePartnerInput!) {
  updateProgrammePartner(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateProgrammePartnerMutation, UpdateProgrammePartnerMutationVariables>;
export const ReorderProgrammePartnersDocument = new TypedDocumentString(`
    mutation ReorderProgrammePartners($ids: [ID!]!) {
  reorderProgrammePartners(ids: $ids) {
    id
    position
  }
}
    `) as unknown as TypedDocumentString<ReorderProgrammePartnersMutation, ReorderProgrammePartnersMutationVariables>;
export const DeleteProgrammePartnerDocument = new TypedDocumentString(`
    mutation DeleteProgrammePartner($id: ID!) {
  deleteProgrammePartner(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteProgrammePartnerMutation, DeleteProgrammePartnerMutationVariables>;
export const AdminProgrammePageDocument = new TypedDocumentString(`
    query AdminProgrammePage($key: String!) {
  programmePage(key: $key) {
    key
    title
    publishedAt
    hasUnpublishedChanges
    draft {
      title
      body
      titleEn
      bodyEn
    }
  }
  programmePageRevisions(key: $key) {
    id
    title
    kind
    authorName
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AdminProgrammePageQuery, AdminProgrammePageQueryVariables>;
export const AdminProgrammePagesDocument = new TypedDocumentString(`
    query AdminProgrammePages {
  programmePages {
    key
    title
    updatedAt
    hasUnpublishedChanges
    draft {
      title
    }
  }
  programmePartners {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminProgrammePagesQuery, AdminProgrammePagesQueryVariables>;
export const UpdateProgrammePageDocument = new TypedDocumentString(`
    mutation UpdateProgrammePage($key: String!, $input: ProgrammePageInput!) {
  updateProgrammePage(key: $key, input: $input) {
    key
    title
    hasUnpublishedChanges
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateProgrammePageMutation, UpdateProgrammePageMutationVariables>;
export const PublishProgrammePageDocument = new TypedDocumentString(`
    mutation PublishProgrammePage($key: String!) {
  publishProgrammePage(key: $key) {
    key
    title
    publishedAt
    hasUnpublishedChanges
  }
}
    `) as unknown as TypedDocumentString<PublishProgrammePageMutation, PublishProgrammePageMutationVariables>;
export const DiscardProgrammePageDraftDocument = new TypedDocumentString(`
    mutation DiscardProgrammePageDraft($key: String!) {
  discardProgrammePageDraft(key: $key) {
    key
    hasUnpublishedChanges
  }
}
    `) as unknown as TypedDocumentString<DiscardProgrammePageDraftMutation, DiscardProgrammePageDraftMutationVariables>;
export const AdminOutboxDocument = new TypedDocumentString(`
    query AdminOutbox($first: Int!, $offset: Int!, $to: String) {
  outbox(first: $first, offset: $offset, to: $to) {
    total
    items {
      id
      to
      subject
      text
      status
      template
      createdAt
      sentAt
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOutboxQuery, AdminOutboxQueryVariables>;
export const AdminEditPremisesDocument = new TypedDocumentString(`
    query AdminEditPremises($id: ID!) {
  premises(id: $id) {
    ...PremisesFields
    photos {
      id
      thumbUrl
      alt
    }
  }
}
    fragment PremisesFields on Premises {
  id
  code
  address
  district
  latitude
  longitude
  floor
  areaM2
  stepFree
  condition
  conditionNote
  utilities
  utilitiesNote
  description
  status
  availableFrom
  permittedUse
  monthlyRent
  preferentialRent
  administrator
  contactName
  contactPhone
  contactEmail
}`) as unknown as TypedDocumentString<AdminEditPremisesQuery, AdminEditPremisesQueryVariables>;
export const AdminDeletePremisesDocument = new TypedDocumentString(`
    mutation AdminDeletePremises($id: ID!) {
  deletePremises(id: $id)
}
    `) as unknown as TypedDocumentString<AdminDeletePremisesMutation, AdminDeletePremisesMutationVariables>;
export const AdminPremisesEnquiriesDocument = new TypedDocumentString(`
    query AdminPremisesEnquiries($all: Boolean) {
  premisesEnquiries(all: $all, first: 100) {
    id
    message
    createdAt
    status
    reply
    repliedAt
    repliedByName
    canReply
    premises {
      id
      address
      district
    }
    sender {
      name
      email
    }
    organization {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPremisesEnquiriesQuery, AdminPremisesEnquiriesQueryVariables>;
export const ReplyToPremisesEnquiryDocument = new TypedDocumentString(`
    mutation ReplyToPremisesEnquiry($id: ID!, $message: String!) {
  replyToPremisesEnquiry(id: $id, message: $message) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReplyToPremisesEnquiryMutation, ReplyToPremisesEnquiryMutationVariables>;
export const MarkPremisesEnquiryHandledDocument = new TypedDocumentString(`
    mutation MarkPremisesEnquiryHandled($id: ID!) {
  markPremisesEnquiryHandled(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MarkPremisesEnquiryHandledMutation, MarkPremisesEnquiryHandledMutationVariables>;
export const ImportPremisesCsvDocument = new TypedDocumentString(`
    mutation ImportPremisesCsv($csv: String!, $dryRun: Boolean) {
  importPremisesCsv(csv: $csv, dryRun: $dryRun) {
    ok
    imported
    created
    updated
    unknownColumns
    rows {
      line
      action
      address
      errors {
        field
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPremisesCsvMutation, ImportPremisesCsvMutationVariables>;
export const AdminPremisesListDocument = new TypedDocumentString(`
    query AdminPremisesList($filter: PremisesFilter, $after: String) {
  premisesSearch(filter: $filter, orderBy: NEWEST, first: 50, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        code
        address
        district
        areaM2
        monthlyRent
        status
        updatedAt
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<AdminPremisesListQuery, AdminPremisesListQueryVariables>;
export const DeletePremisesPhotoDocument = new TypedDocumentString(`
    mutation DeletePremisesPhoto($id: ID!) {
  deletePremisesPhoto(id: $id)
}
    `) as unknown as TypedDocumentString<DeletePremisesPhotoMutation, DeletePremisesPhotoMutationVariables>;
export const ReorderPremisesPhotosDocument = new TypedDocumentString(`
    mutation ReorderPremisesPhotos($premisesId: ID!, $photoIds: [ID!]!) {
  reorderPremisesPhotos(premisesId: $premisesId, photoIds: $photoIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReorderPremisesPhotosMutation, ReorderPremisesPhotosMutationVariables>;
export const AdminCreatePremisesDocument = new TypedDocumentString(`
    mutation AdminCreatePremises($input: PremisesInput!) {
  createPremises(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreatePremisesMutation, AdminCreatePremisesMutationVariables>;
export const AdminUpdatePremisesDocument = new TypedDocumentString(`
    mutation AdminUpdatePremises($id: ID!, $input: PremisesInput!) {
  updatePremises(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminUpdatePremisesMutation, AdminUpdatePremisesMutationVariables>;
export const MarkAttendanceDocument = new TypedDocumentString(`
    mutation MarkAttendance($id: ID!, $attended: Boolean!) {
  markAttendance(registrationId: $id, attended: $attended) {
    id
    attended
  }
}
    `) as unknown as TypedDocumentString<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const CheckInByCodeDocument = new TypedDocumentString(`
    mutation CheckInByCode($trainingId: ID!, $code: String!) {
  checkInByCode(trainingId: $trainingId, code: $code) {
    id
    attended
    attendeeName
    user {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CheckInByCodeMutation, CheckInByCodeMutationVariables>;
export const AdminTrainingCheckInDocument = new TypedDocumentString(`
    query AdminTrainingCheckIn($id: ID!) {
  training(id: $id) {
    id
    title
    startsAt
    venue
  }
  trainingRegistrations(trainingId: $id, status: CONFIRMED) {
    id
    attended
    attendeeName
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminTrainingCheckInQuery, AdminTrainingCheckInQueryVariables>;
export const EditTrainingPageDocument = new TypedDocumentString(`
    query EditTrainingPage($id: ID!) {
  training(id: $id) {
    ...TrainingFields
    officialsQuota
    pesQuota
    residentsQuota
  }
}
    fragment TrainingFields on Training {
  id
  kind
  title
  description
  topics
  audience
  trainers
  host
  startsAt
  endsAt
  registrationDeadline
  capacity
  venue
  address
  latitude
  longitude
  onlineUrl
  consentText
  askDietary
  askAccessibility
  cancelledAt
}`) as unknown as TypedDocumentString<EditTrainingPageQuery, EditTrainingPageQueryVariables>;
export const InviteToTrainingDocument = new TypedDocumentString(`
    mutation InviteToTraining($trainingId: ID!, $input: TrainingInvitationInput!) {
  inviteToTraining(trainingId: $trainingId, input: $input) {
    invited
    skipped
  }
}
    `) as unknown as TypedDocumentString<InviteToTrainingMutation, InviteToTrainingMutationVariables>;
export const AddTrainingMaterialLinkDocument = new TypedDocumentString(`
    mutation AddTrainingMaterialLink($trainingId: ID!, $input: TrainingMaterialInput!) {
  addTrainingMaterial(trainingId: $trainingId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddTrainingMaterialLinkMutation, AddTrainingMaterialLinkMutationVariables>;
export const DeleteTrainingMaterialDocument = new TypedDocumentString(`
    mutation DeleteTrainingMaterial($id: ID!) {
  deleteTrainingMaterial(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTrainingMaterialMutation, DeleteTrainingMaterialMutationVariables>;
export const AdminTrainingOrganiseDocument = new TypedDocumentString(`
    query AdminTrainingOrganise($id: ID!) {
  training(id: $id) {
    id
    title
    questions {
      ...TrainingQuestionFields
    }
    materials {
      ...TrainingMaterialLink
      public
    }
  }
  trainingInvitations(trainingId: $id) {
    email
    organizationName
    createdAt
  }
  organizationActivities
  trainingFeedbackSummary(trainingId: $id) {
    responses
    averageRating
    ratingCounts
    useful
    improve
  }
}
    fragment TrainingQuestionFields on TrainingQuestion {
  id
  type
  label
  help
  required
  options
}
fragment TrainingMaterialLink on TrainingMaterial {
  id
  title
  url
  isFile
}`) as unknown as TypedDocumentString<AdminTrainingOrganiseQuery, AdminTrainingOrganiseQueryVariables>;
export const SetTrainingQuestionsDocument = new TypedDocumentString(`
    mutation SetTrainingQuestions($trainingId: ID!, $questions: [TrainingQuestionInput!]!) {
  setTrainingQuestions(trainingId: $trainingId, questions: $questions) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetTrainingQuestionsMutation, SetTrainingQuestionsMutationVariables>;
export const EmailTrainingRegistrantsDocument = new TypedDocumentString(`
    mutation EmailTrainingRegistrants($trainingId: ID!, $subject: String!, $body: String!) {
  emailTrainingRegistrants(
    trainingId: $trainingId
    subject: $subject
    body: $body
  )
}
    `) as unknown as TypedDocumentString<EmailTrainingRegistrantsMutation, EmailTrainingRegistrantsMutationVariables>;
export const AdminTrainingRegistrationsDocument = new TypedDocumentString(`
    query AdminTrainingRegistrations($id: ID!) {
  training(id: $id) {
    ...TrainingFillFields
  }
  trainingRegistrations(trainingId: $id) {
    id
    status
    audience
    registeredAt
    attended
    waitlistPosition
    dietaryNeeds
    accessibilityNeeds
    attendeeName
    attendeeEmail
    user {
      id
      name
      email
    }
  }
}
    fragment TrainingFillFields on Training {
  id
  title
  startsAt
  endsAt
  capacity
  confirmedCount
  waitlistCount
}`) as unknown as TypedDocumentString<AdminTrainingRegistrationsQuery, AdminTrainingRegistrationsQueryVariables>;
export const CancelTrainingButtonDocument = new TypedDocumentString(`
    mutation CancelTrainingButton($id: ID!, $reason: String) {
  cancelTraining(id: $id, reason: $reason) {
    id
    cancelledAt
  }
}
    `) as unknown as TypedDocumentString<CancelTrainingButtonMutation, CancelTrainingButtonMutationVariables>;
export const AdminTrainingsPageDocument = new TypedDocumentString(`
    query AdminTrainingsPage($first: Int, $after: String, $upcoming: Boolean) {
  trainings(first: $first, after: $after, upcoming: $upcoming) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...TrainingFillFields
        kind
        cancelledAt
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}
fragment TrainingFillFields on Training {
  id
  title
  startsAt
  endsAt
  capacity
  confirmedCount
  waitlistCount
}`) as unknown as TypedDocumentString<AdminTrainingsPageQuery, AdminTrainingsPageQueryVariables>;
export const CreateTrainingFormDocument = new TypedDocumentString(`
    mutation CreateTrainingForm($input: TrainingInput!) {
  createTraining(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTrainingFormMutation, CreateTrainingFormMutationVariables>;
export const UpdateTrainingFormDocument = new TypedDocumentString(`
    mutation UpdateTrainingForm($id: ID!, $input: TrainingInput!) {
  updateTraining(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateTrainingFormMutation, UpdateTrainingFormMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($search: String!, $first: Int!, $offset: Int!) {
  users(search: $search, first: $first, offset: $offset) {
    total
    items {
      id
      name
      email
      role
      accountType
      approvalStatus
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminSetUserRoleDocument = new TypedDocumentString(`
    mutation AdminSetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<AdminSetUserRoleMutation, AdminSetUserRoleMutationVariables>;
export const AdminWaitingSummaryDocument = new TypedDocumentString(`
    query AdminWaitingSummary {
  waitingForMe {
    enquiries
    approvals
    demandsToDecide
    bookingRequests
    itemRequests
    extensionRequests
    total
  }
}
    `) as unknown as TypedDocumentString<AdminWaitingSummaryQuery, AdminWaitingSummaryQueryVariables>;
export const PendingApprovalCountDocument = new TypedDocumentString(`
    query PendingApprovalCount {
  pendingApprovalCount
}
    `) as unknown as TypedDocumentString<PendingApprovalCountQuery, PendingApprovalCountQueryVariables>;
export const FollowThingDocument = new TypedDocumentString(`
    mutation FollowThing($kind: FollowKind!, $value: String!) {
  follow(kind: $kind, value: $value) {
    kind
    value
  }
}
    `) as unknown as TypedDocumentString<FollowThingMutation, FollowThingMutationVariables>;
export const UnfollowThingDocument = new TypedDocumentString(`
    mutation UnfollowThing($kind: FollowKind!, $value: String!) {
  unfollow(kind: $kind, value: $value) {
    kind
    value
  }
}
    `) as unknown as TypedDocumentString<UnfollowThingMutation, UnfollowThingMutationVariables>;
export const MyFollowsForButtonsDocument = new TypedDocumentString(`
    query MyFollowsForButtons {
  myFollows {
    kind
    value
  }
}
    `) as unknown as TypedDocumentString<MyFollowsForButtonsQuery, MyFollowsForButtonsQueryVariables>;
export const HeaderUnreadNotificationsDocument = new TypedDocumentString(`
    query HeaderUnreadNotifications {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<HeaderUnreadNotificationsQuery, HeaderUnreadNotificationsQueryVariables>;
export const SearchSuggestionsDocument = new TypedDocumentString(`
    query SearchSuggestions($query: String!) {
  search(query: $query, first: 6) {
    edges {
      node {
        kind
        id
        title
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchSuggestionsQuery, SearchSuggestionsQueryVariables>;
export const AcceptTermsDocument = new TypedDocumentString(`
    mutation AcceptTerms($version: String!) {
  acceptTerms(version: $version) {
    mustAccept
  }
}
    `) as unknown as TypedDocumentString<AcceptTermsMutation, AcceptTermsMutationVariables>;
export const TermsStatusDocument = new TypedDocumentString(`
    query TermsStatus {
  termsStatus {
    currentVersion
    acceptedVersion
    mustAccept
  }
}
    `) as unknown as TypedDocumentString<TermsStatusQuery, TermsStatusQueryVariables>;
export const HeaderWaitingForMeDocument = new TypedDocumentString(`
    query HeaderWaitingForMe {
  waitingForMe {
    total
    bookingRequests
    itemRequests
    extensionRequests
  }
}
    `) as unknown as TypedDocumentString<HeaderWaitingForMeQuery, HeaderWaitingForMeQueryVariables>;
export const MarketplaceAttachmentDownloadDocument = new TypedDocumentString(`
    query MarketplaceAttachmentDownload($id: ID!) {
  marketplaceAttachment(id: $id) {
    id
    fileName
    contentType
    sealed
    fileKey
  }
}
    `) as unknown as TypedDocumentString<MarketplaceAttachmentDownloadQuery, MarketplaceAttachmentDownloadQueryVariables>;
export const MarketplaceMyBookingsDocument = new TypedDocumentString(`
    query MarketplaceMyBookings {
  myBookings {
    id
    status
    from
    to
    handedOverAt
    receivedAt
    returnedAt
    returnCondition
    returnNote
    overdue
    extensionTo
    extensionRefusedAt
    extensionRefusalReason
    notice {
      id
      title
    }
  }
  bookingRequestsForMe {
    id
    from
    to
    message
    createdAt
    borrower {
      name
    }
    notice {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<MarketplaceMyBookingsQuery, MarketplaceMyBookingsQueryVariables>;
export const AddDemandAttachmentDocument = new TypedDocumentString(`
    mutation AddDemandAttachment($demandId: ID!, $key: String!, $fileName: String) {
  addDemandAttachment(demandId: $demandId, key: $key, fileName: $fileName) {
    ...UploadedAttachment
  }
}
    fragment UploadedAttachment on Attachment {
  id
  fileName
  url
}`) as unknown as TypedDocumentString<AddDemandAttachmentMutation, AddDemandAttachmentMutationVariables>;
export const SetOfferAttachmentDocument = new TypedDocumentString(`
    mutation SetOfferAttachment($demandId: ID!, $key: String!, $fileName: String) {
  setOfferAttachment(demandId: $demandId, key: $key, fileName: $fileName) {
    ...UploadedAttachment
  }
}
    fragment UploadedAttachment on Attachment {
  id
  fileName
  url
}`) as unknown as TypedDocumentString<SetOfferAttachmentMutation, SetOfferAttachmentMutationVariables>;
export const MarketplaceDemandDocument = new TypedDocumentString(`
    query MarketplaceDemand($id: ID!) {
  demand(id: $id) {
    id
    kind
    title
    description
    category
    deadline
    budget
    socialClause
    clauseType
    cpvCode
    status
    decidedAt
    award {
      price
      awardedAt
      organization {
        name
        slug
      }
    }
    questions {
      id
      question
      answer
      answeredAt
      createdAt
      askedByViewer
    }
    amendments {
      id
      note
      descriptionChanged
      previousDeadline
      newDeadline
      createdAt
    }
    acceptingOffers
    viewerManages
    offerCount
    offers {
      id
      price
      message
      awarded
      updatedAt
      organization {
        name
        slug
      }
      attachment {
        id
        fileName
        size
        url
      }
    }
    myOffer {
      id
      price
      message
      awarded
      attachment {
        id
        fileName
        size
        url
      }
    }
    attachments {
      id
      fileName
      size
      url
    }
  }
}
    `) as unknown as TypedDocumentString<MarketplaceDemandQuery, MarketplaceDemandQueryVariables>;
export const AmendDemandDocument = new TypedDocumentString(`
    mutation AmendDemand($id: ID!, $input: DemandAmendmentInput!) {
  amendDemand(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AmendDemandMutation, AmendDemandMutationVariables>;
export const AwardOfferDocument = new TypedDocumentString(`
    mutation AwardOffer($offerId: ID!) {
  awardOffer(offerId: $offerId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AwardOfferMutation, AwardOfferMutationVariables>;
export const CloseDemandDocument = new TypedDocumentString(`
    mutation CloseDemand($id: ID!) {
  closeDemand(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseDemandMutation, CloseDemandMutationVariables>;
export const CreateDemandDocument = new TypedDocumentString(`
    mutation CreateDemand($input: DemandInput!) {
  createDemand(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDemandMutation, CreateDemandMutationVariables>;
export const SubmitOfferDocument = new TypedDocumentString(`
    mutation SubmitOffer($demandId: ID!, $input: OfferInput!) {
  submitOffer(demandId: $demandId, input: $input) {
    id
    price
    message
  }
}
    `) as unknown as TypedDocumentString<SubmitOfferMutation, SubmitOfferMutationVariables>;
export const WithdrawOfferDocument = new TypedDocumentString(`
    mutation WithdrawOffer($demandId: ID!) {
  withdrawOffer(demandId: $demandId)
}
    `) as unknown as TypedDocumentString<WithdrawOfferMutation, WithdrawOfferMutationVariables>;
export const AskDemandQuestionDocument = new TypedDocumentString(`
    mutation AskDemandQuestion($demandId: ID!, $question: String!) {
  askDemandQuestion(demandId: $demandId, question: $question) {
    id
  }
}
    `) as unknown as TypedDocumentString<AskDemandQuestionMutation, AskDemandQuestionMutationVariables>;
export const AnswerDemandQuestionDocument = new TypedDocumentString(`
    mutation AnswerDemandQuestion($questionId: ID!, $answer: String!) {
  answerDemandQuestion(questionId: $questionId, answer: $answer) {
    id
    answer
  }
}
    `) as unknown as TypedDocumentString<AnswerDemandQuestionMutation, AnswerDemandQuestionMutationVariables>;
export const SubscribeDemandCategoryDocument = new TypedDocumentString(`
    mutation SubscribeDemandCategory($c: String!) {
  subscribeToDemandCategory(category: $c)
}
    `) as unknown as TypedDocumentString<SubscribeDemandCategoryMutation, SubscribeDemandCategoryMutationVariables>;
export const UnsubscribeDemandCategoryDocument = new TypedDocumentString(`
    mutation UnsubscribeDemandCategory($c: String!) {
  unsubscribeFromDemandCategory(category: $c)
}
    `) as unknown as TypedDocumentString<UnsubscribeDemandCategoryMutation, UnsubscribeDemandCategoryMutationVariables>;
export const MarketplaceDemandSubscriptionsDocument = new TypedDocumentString(`
    query MarketplaceDemandSubscriptions {
  myDemandSubscriptions
  demandCategories
}
    `) as unknown as TypedDocumentString<MarketplaceDemandSubscriptionsQuery, MarketplaceDemandSubscriptionsQueryVariables>;
export const MarketplaceNoticeEditDocument = new TypedDocumentString(`
    query MarketplaceNoticeEdit($id: ID!) {
  equipmentNotice(id: $id) {
    id
    kind
    title
    description
    category
    condition
    conditionNote
    district
    expiresAt
    viewerIsOwner
    estimatedValue
    deposit
    pickupPlace
    pickupHours
    loanNotes
    photos {
      id
      thumbUrl
      alt
    }
  }
}
    `) as unknown as TypedDocumentString<MarketplaceNoticeEditQuery, MarketplaceNoticeEditQueryVariables>;
export const MarketplaceNoticeDocument = new TypedDocumentString(`
    query MarketplaceNotice($id: ID!) {
  equipmentNotice(id: $id) {
    id
    kind
    title
    description
    status
    district
    category
    condition
    conditionNote
    expiresAt
    createdAt
    viewerIsOwner
    deposit
    estimatedValue
    pickupPlace
    pickupHours
    loanNotes
    organization {
      name
      slug
    }
    photos {
      id
      url
      thumbUrl
      alt
      width
      height
    }
    bookedPeriods {
      from
      to
    }
    bookings {
      id
      status
      from
      to
      message
      handedOverAt
      receivedAt
      returnedAt
      returnCondition
      returnNote
      overdue
      extensionTo
      extensionRefusedAt
      extensionRefusalReason
      borrower {
        name
        email
      }
    }
    itemRequests {
      id
      status
      message
      createdAt
      handedOverAt
      handoverNote
      requester {
        name
        email
      }
    }
    viewerBookings {
      id
      status
      from
      to
      handedOverAt
      receivedAt
      returnedAt
      returnCondition
      returnNote
      overdue
      extensionTo
      extensionRefusedAt
      extensionRefusalReason
    }
    viewerItemRequests {
      id
      status
      createdAt
      handedOverAt
      handoverNote
    }
  }
}
    `) as unknown as TypedDocumentString<MarketplaceNoticeQuery, MarketplaceNoticeQueryVariables>;
export const AddEquipmentNoticePhotoDocument = new TypedDocumentString(`
    mutation AddEquipmentNoticePhoto($noticeId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {
  addEquipmentNoticePhoto(
    noticeId: $noticeId
    key: $key
    width: $width
    height: $height
    alt: $alt
  ) {
    ...UploadedMarketplacePhoto
  }
}
    fragment UploadedMarketplacePhoto on MarketplacePhoto {
  id
  url
  thumbUrl
  alt
}`) as unknown as TypedDocumentString<AddEquipmentNoticePhotoMutation, AddEquipmentNoticePhotoMutationVariables>;
export const ApproveBookingDocument = new TypedDocumentString(`
    mutation ApproveBooking($id: ID!) {
  approveBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveBookingMutation, ApproveBookingMutationVariables>;
export const RejectBookingDocument = new TypedDocumentString(`
    mutation RejectBooking($id: ID!) {
  rejectBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectBookingMutation, RejectBookingMutationVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($id: ID!) {
  cancelBooking(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const SetEquipmentNoticeStatusDocument = new TypedDocumentString(`
    mutation SetEquipmentNoticeStatus($id: ID!, $status: String!) {
  setEquipmentNoticeStatus(id: $id, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetEquipmentNoticeStatusMutation, SetEquipmentNoticeStatusMutationVariables>;
export const RequestBookingDocument = new TypedDocumentString(`
    mutation RequestBooking($noticeId: ID!, $from: Date!, $to: Date!, $message: String) {
  requestBooking(noticeId: $noticeId, from: $from, to: $to, message: $message) {
    id
    status
    from
    to
  }
}
    `) as unknown as TypedDocumentString<RequestBookingMutation, RequestBookingMutationVariables>;
export const RecordBookingHandoverDocument = new TypedDocumentString(`
    mutation RecordBookingHandover($id: ID!) {
  recordBookingHandover(id: $id) {
    id
    status
    handedOverAt
  }
}
    `) as unknown as TypedDocumentString<RecordBookingHandoverMutation, RecordBookingHandoverMutationVariables>;
export const ReturnBookingWithRecordDocument = new TypedDocumentString(`
    mutation ReturnBookingWithRecord($id: ID!, $condition: String, $note: String) {
  returnBooking(id: $id, condition: $condition, note: $note) {
    id
    status
    returnedAt
    returnCondition
    returnNote
  }
}
    `) as unknown as TypedDocumentString<ReturnBookingWithRecordMutation, ReturnBookingWithRecordMutationVariables>;
export const RecordItemHandoverDocument = new TypedDocumentString(`
    mutation RecordItemHandover($id: ID!, $note: String) {
  recordItemHandover(id: $id, note: $note) {
    id
    handedOverAt
  }
}
    `) as unknown as TypedDocumentString<RecordItemHandoverMutation, RecordItemHandoverMutationVariables>;
export const RequestItemDocument = new TypedDocumentString(`
    mutation RequestItem($id: ID!, $m: String!) {
  requestItem(noticeId: $id, message: $m) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestItemMutation, RequestItemMutationVariables>;
export const AcceptItemRequestDocument = new TypedDocumentString(`
    mutation AcceptItemRequest($id: ID!) {
  acceptItemRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptItemRequestMutation, AcceptItemRequestMutationVariables>;
export const DeclineItemRequestDocument = new TypedDocumentString(`
    mutation DeclineItemRequest($id: ID!) {
  declineItemRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeclineItemRequestMutation, DeclineItemRequestMutationVariables>;
export const RequestBookingExtensionDocument = new TypedDocumentString(`
    mutation RequestBookingExtension($id: ID!, $to: Date!) {
  requestBookingExtension(id: $id, to: $to) {
    id
    extensionTo
  }
}
    `) as unknown as TypedDocumentString<RequestBookingExtensionMutation, RequestBookingExtensionMutationVariables>;
export const ApproveBookingExtensionDocument = new TypedDocumentString(`
    mutation ApproveBookingExtension($id: ID!) {
  approveBookingExtension(id: $id) {
    id
    to
    extensionTo
  }
}
    `) as unknown as TypedDocumentString<ApproveBookingExtensionMutation, ApproveBookingExtensionMutationVariables>;
export const RefuseBookingExtensionDocument = new TypedDocumentString(`
    mutation RefuseBookingExtension($id: ID!, $reason: String) {
  refuseBookingExtension(id: $id, reason: $reason) {
    id
    extensionTo
  }
}
    `) as unknown as TypedDocumentString<RefuseBookingExtensionMutation, RefuseBookingExtensionMutationVariables>;
export const ConfirmBookingReceiptDocument = new TypedDocumentString(`
    mutation ConfirmBookingReceipt($id: ID!) {
  confirmBookingReceipt(id: $id) {
    id
    receivedAt
  }
}
    `) as unknown as TypedDocumentString<ConfirmBookingReceiptMutation, ConfirmBookingReceiptMutationVariables>;
export const UpdateEquipmentNoticeDocument = new TypedDocumentString(`
    mutation UpdateEquipmentNotice($id: ID!, $input: EquipmentNoticeInput!) {
  updateEquipmentNotice(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateEquipmentNoticeMutation, UpdateEquipmentNoticeMutationVariables>;
export const CreateEquipmentNoticeDocument = new TypedDocumentString(`
    mutation CreateEquipmentNotice($input: EquipmentNoticeInput!) {
  createEquipmentNotice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateEquipmentNoticeMutation, CreateEquipmentNoticeMutationVariables>;
export const DeleteDemandAttachmentDocument = new TypedDocumentString(`
    mutation DeleteDemandAttachment($id: ID!) {
  deleteDemandAttachment(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDemandAttachmentMutation, DeleteDemandAttachmentMutationVariables>;
export const RemoveOfferAttachmentDocument = new TypedDocumentString(`
    mutation RemoveOfferAttachment($demandId: ID!) {
  removeOfferAttachment(demandId: $demandId)
}
    `) as unknown as TypedDocumentString<RemoveOfferAttachmentMutation, RemoveOfferAttachmentMutationVariables>;
export const RemoveLettingApplicationDocumentDocument = new TypedDocumentString(`
    mutation RemoveLettingApplicationDocument($id: ID!) {
  removeLettingApplicationDocument(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveLettingApplicationDocumentMutation, RemoveLettingApplicationDocumentMutationVariables>;
export const UpdateMarketplacePhotoDocument = new TypedDocumentString(`
    mutation UpdateMarketplacePhoto($id: ID!, $alt: String) {
  updateMarketplacePhoto(id: $id, alt: $alt) {
    id
    alt
  }
}
    `) as unknown as TypedDocumentString<UpdateMarketplacePhotoMutation, UpdateMarketplacePhotoMutationVariables>;
export const DeleteMarketplacePhotoDocument = new TypedDocumentString(`
    mutation DeleteMarketplacePhoto($id: ID!) {
  deleteMarketplacePhoto(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteMarketplacePhotoMutation, DeleteMarketplacePhotoMutationVariables>;
export const ReorderMarketplacePhotosDocument = new TypedDocumentString(`
    mutation ReorderMarketplacePhotos($photoIds: [ID!]!) {
  reorderMarketplacePhotos(photoIds: $photoIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReorderMarketplacePhotosMutation, ReorderMarketplacePhotosMutationVariables>;
export const MarketplaceNoticesDocument = new TypedDocumentString(`
    query MarketplaceNotices($filter: EquipmentNoticeFilter, $first: Int, $after: String) {
  equipmentNotices(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        kind
        title
        description
        status
        district
        category
        condition
        organization {
          name
          slug
        }
        coverPhoto {
          thumbUrl
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<MarketplaceNoticesQuery, MarketplaceNoticesQueryVariables>;
export const MarketplaceProductsDocument = new TypedDocumentString(`
    query MarketplaceProducts($filter: ProductFilter, $first: Int, $after: String) {
  products(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...ProductFields
        organization {
          name
          slug
        }
        coverPhoto {
          thumbUrl
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}
fragment ProductFields on Product {
  id
  name
  category
  description
  priceFrom
  priceTo
  unit
  areaServed
  socialClauseSuitable
}`) as unknown as TypedDocumentString<MarketplaceProductsQuery, MarketplaceProductsQueryVariables>;
export const MarketplaceDemandsDocument = new TypedDocumentString(`
    query MarketplaceDemands($filter: DemandFilter, $first: Int, $after: String) {
  demands(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        kind
        title
        category
        deadline
        budget
        socialClause
        status
        acceptingOffers
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<MarketplaceDemandsQuery, MarketplaceDemandsQueryVariables>;
export const MarketplaceProductDocument = new TypedDocumentString(`
    query MarketplaceProduct($id: ID!) {
  product(id: $id) {
    ...ProductFields
    organization {
      name
      slug
      viewerIsMember
    }
    photos {
      id
      url
      thumbUrl
      alt
      width
      height
    }
  }
}
    fragment ProductFields on Product {
  id
  name
  category
  description
  priceFrom
  priceTo
  unit
  areaServed
  socialClauseSuitable
}`) as unknown as TypedDocumentString<MarketplaceProductQuery, MarketplaceProductQueryVariables>;
export const AddProductPhotoDocument = new TypedDocumentString(`
    mutation AddProductPhoto($productId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {
  addProductPhoto(
    productId: $productId
    key: $key
    width: $width
    height: $height
    alt: $alt
  ) {
    ...UploadedMarketplacePhoto
  }
}
    fragment UploadedMarketplacePhoto on MarketplacePhoto {
  id
  url
  thumbUrl
  alt
}`) as unknown as TypedDocumentString<AddProductPhotoMutation, AddProductPhotoMutationVariables>;
export const DeleteProductDocument = new TypedDocumentString(`
    mutation DeleteProduct($id: ID!) {
  deleteProduct(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteProductMutation, DeleteProductMutationVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: ProductInput!) {
  createProduct(input: $input) {
    id
    organization {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const NewsArticleDocument = new TypedDocumentString(`
    query NewsArticle($slug: String!) {
  newsPost(slug: $slug) {
    id
    slug
    title
    lead
    bodyHtml
    status
    isLive
    publishedAt
    updatedAt
    category
    coverImageUrl
    authorName
  }
}
    `) as unknown as TypedDocumentString<NewsArticleQuery, NewsArticleQueryVariables>;
export const NewsListDocument = new TypedDocumentString(`
    query NewsList($first: Int, $after: String, $category: String, $year: Int, $month: Int) {
  newsPosts(
    first: $first
    after: $after
    category: $category
    year: $year
    month: $month
  ) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        slug
        title
        lead
        publishedAt
        category
        coverImageUrl
      }
    }
  }
  newsCategories {
    code
    count
  }
  newsArchive {
    year
    month
    count
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<NewsListQuery, NewsListQueryVariables>;
export const NewsletterIssuePageDocument = new TypedDocumentString(`
    query NewsletterIssuePage($id: ID!) {
  newsletterIssue(id: $id) {
    id
    subject
    intro
    sentAt
    status
    posts {
      id
      slug
      title
      lead
      bodyHtml
    }
  }
}
    `) as unknown as TypedDocumentString<NewsletterIssuePageQuery, NewsletterIssuePageQueryVariables>;
export const NewsletterArchiveDocument = new TypedDocumentString(`
    query NewsletterArchive {
  newsletterIssues(first: 100) {
    id
    subject
    intro
    sentAt
    posts {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<NewsletterArchiveQuery, NewsletterArchiveQueryVariables>;
export const SubscribeToNewsletterDocument = new TypedDocumentString(`
    mutation SubscribeToNewsletter($email: String!, $consent: Boolean!, $locale: String) {
  subscribeToNewsletter(email: $email, consent: $consent, locale: $locale)
}
    `) as unknown as TypedDocumentString<SubscribeToNewsletterMutation, SubscribeToNewsletterMutationVariables>;
export const ConfirmNewsletterSubscriptionDocument = new TypedDocumentString(`
    mutation ConfirmNewsletterSubscription($token: String!) {
  confirmNewsletterSubscription(token: $token)
}
    `) as unknown as TypedDocumentString<ConfirmNewsletterSubscriptionMutation, ConfirmNewsletterSubscriptionMutationVariables>;
export const UnsubscribeFromNewsletterDocument = new TypedDocumentString(`
    mutation UnsubscribeFromNewsletter($token: String!) {
  unsubscribeFromNewsletter(token: $token)
}
    `) as unknown as TypedDocumentString<UnsubscribeFromNewsletterMutation, UnsubscribeFromNewsletterMutationVariables>;
export const UnsubscribeFromNotificationsDocument = new TypedDocumentString(`
    mutation UnsubscribeFromNotifications($token: String!) {
  unsubscribeFromNotifications(token: $token)
}
    `) as unknown as TypedDocumentString<UnsubscribeFromNotificationsMutation, UnsubscribeFromNotificationsMutationVariables>;
export const SetOrganizationLogoDocument = new TypedDocumentString(`
    mutation SetOrganizationLogo($organizationId: ID!, $key: String!) {
  setOrganizationLogo(organizationId: $organizationId, key: $key) {
    id
    logoUrl
    hasUploadedLogo
  }
}
    `) as unknown as TypedDocumentString<SetOrganizationLogoMutation, SetOrganizationLogoMutationVariables>;
export const RemoveOrganizationLogoDocument = new TypedDocumentString(`
    mutation RemoveOrganizationLogo($organizationId: ID!) {
  removeOrganizationLogo(organizationId: $organizationId) {
    id
    hasUploadedLogo
  }
}
    `) as unknown as TypedDocumentString<RemoveOrganizationLogoMutation, RemoveOrganizationLogoMutationVariables>;
export const OrganizationProfileEditDocument = new TypedDocumentString(`
    query OrganizationProfileEdit($slug: String!) {
  organization(slug: $slug) {
    ...OrganizationProfileFields
    externalLogoUrl
    hasUploadedLogo
  }
}
    fragment OrganizationProfileFields on Organization {
  id
  name
  slug
  legalForm
  krs
  nip
  address
  district
  description
  email
  phone
  website
  logoUrl
  activities
  viewerIsMember
}`) as unknown as TypedDocumentString<OrganizationProfileEditQuery, OrganizationProfileEditQueryVariables>;
export const UpdateOrganizationProfileDocument = new TypedDocumentString(`
    mutation UpdateOrganizationProfile($id: ID!, $input: OrganizationProfileInput!) {
  updateOrganizationProfile(id: $id, input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganizationProfileMutation, UpdateOrganizationProfileMutationVariables>;
export const OrganizationProfileDocument = new TypedDocumentString(`
    query OrganizationProfile($slug: String!) {
  organization(slug: $slug) {
    ...OrganizationProfileFields
    verified
    certifications {
      name
      validFrom
      validTo
    }
    products {
      ...ProductFields
      coverPhoto {
        thumbUrl
      }
    }
    equipmentNotices {
      id
      kind
      title
      district
      status
    }
    members {
      id
      name
      role
      title
    }
  }
}
    fragment ProductFields on Product {
  id
  name
  category
  description
  priceFrom
  priceTo
  unit
  areaServed
  socialClauseSuitable
}
fragment OrganizationProfileFields on Organization {
  id
  name
  slug
  legalForm
  krs
  nip
  address
  district
  description
  email
  phone
  website
  logoUrl
  activities
  viewerIsMember
}`) as unknown as TypedDocumentString<OrganizationProfileQuery, OrganizationProfileQueryVariables>;
export const DecideOrganizationMembershipDocument = new TypedDocumentString(`
    mutation DecideOrganizationMembership($id: ID!, $accept: Boolean!) {
  decideOrganizationMembership(id: $id, accept: $accept) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideOrganizationMembershipMutation, DecideOrganizationMembershipMutationVariables>;
export const OrganizationsDirectoryDocument = new TypedDocumentString(`
    query OrganizationsDirectory($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        name
        slug
        legalForm
        district
        verified
        activities
        description
      }
    }
  }
  organizationActivities
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<OrganizationsDirectoryQuery, OrganizationsDirectoryQueryVariables>;
export const SendPremisesEnquiryDocument = new TypedDocumentString(`
    mutation SendPremisesEnquiry($premisesId: ID!, $message: String!) {
  sendPremisesEnquiry(premisesId: $premisesId, message: $message) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendPremisesEnquiryMutation, SendPremisesEnquiryMutationVariables>;
export const ApplyToPremisesLettingRoundDocument = new TypedDocumentString(`
    mutation ApplyToPremisesLettingRound($input: PremisesLettingApplicationInput!) {
  applyToPremisesLettingRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApplyToPremisesLettingRoundMutation, ApplyToPremisesLettingRoundMutationVariables>;
export const OpenPremisesLettingRoundDocument = new TypedDocumentString(`
    mutation OpenPremisesLettingRound($input: PremisesLettingRoundInput!) {
  openPremisesLettingRound(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenPremisesLettingRoundMutation, OpenPremisesLettingRoundMutationVariables>;
export const AwardPremisesLettingRoundDocument = new TypedDocumentString(`
    mutation AwardPremisesLettingRound($roundId: ID!, $applicationId: ID!) {
  awardPremisesLettingRound(roundId: $roundId, applicationId: $applicationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwardPremisesLettingRoundMutation, AwardPremisesLettingRoundMutationVariables>;
export const ClosePremisesLettingRoundDocument = new TypedDocumentString(`
    mutation ClosePremisesLettingRound($roundId: ID!) {
  closePremisesLettingRound(roundId: $roundId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClosePremisesLettingRoundMutation, ClosePremisesLettingRoundMutationVariables>;
export const MarkPremisesRentedDocument = new TypedDocumentString(`
    mutation MarkPremisesRented($premisesId: ID!) {
  markPremisesRented(premisesId: $premisesId) {
    id
  }
}
    `) as unknown as TypedDocumentString<MarkPremisesRentedMutation, MarkPremisesRentedMutationVariables>;
export const PremisesDetailsDocument = new TypedDocumentString(`
    query PremisesDetails($id: ID!) {
  premises(id: $id) {
    ...PremisesFields
    rentPerM2
    enquiryRecipient
    ownerId
    createdAt
    updatedAt
    photos {
      ...PremisesPhotoFields
    }
  }
}
    fragment PremisesFields on Premises {
  id
  code
  address
  district
  latitude
  longitude
  floor
  areaM2
  stepFree
  condition
  conditionNote
  utilities
  utilitiesNote
  description
  status
  availableFrom
  permittedUse
  monthlyRent
  preferentialRent
  administrator
  contactName
  contactPhone
  contactEmail
}
fragment PremisesPhotoFields on PremisesPhoto {
  id
  url
  thumbUrl
  width
  height
  alt
}`) as unknown as TypedDocumentString<PremisesDetailsQuery, PremisesDetailsQueryVariables>;
export const PremisesViewingsLettingDocument = new TypedDocumentString(`
    query PremisesViewingsLetting($id: ID!) {
  premisesViewingSlots(premisesId: $id) {
    id
    startsAt
    endsAt
    place
    capacity
    bookedCount
    bookedByMe
  }
  premisesLettingRounds(premisesId: $id) {
    id
    status
    deadline
    minimumRent
    permittedUse
    preferentialRent
    documents
    acceptsApplications
    result {
      organizationName
      rent
      decidedAt
    }
    applications {
      id
      proposedRent
      intendedUse
      organization {
        name
      }
      documents {
        id
        fileName
        size
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PremisesViewingsLettingQuery, PremisesViewingsLettingQueryVariables>;
export const PremisesViewingBookingsListDocument = new TypedDocumentString(`
    query PremisesViewingBookingsList($id: ID!) {
  premisesViewingBookings(premisesId: $id) {
    id
    slotId
    personName
    personEmail
    organization {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PremisesViewingBookingsListQuery, PremisesViewingBookingsListQueryVariables>;
export const PremisesMyEnquiriesDocument = new TypedDocumentString(`
    query PremisesMyEnquiries($id: ID!) {
  myPremisesEnquiries(premisesId: $id) {
    id
    status
    createdAt
    reply
    repliedAt
    repliedByName
  }
}
    `) as unknown as TypedDocumentString<PremisesMyEnquiriesQuery, PremisesMyEnquiriesQueryVariables>;
export const AddPremisesPhotoDocument = new TypedDocumentString(`
    mutation AddPremisesPhoto($premisesId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {
  addPremisesPhoto(
    premisesId: $premisesId
    key: $key
    width: $width
    height: $height
    alt: $alt
  ) {
    ...PremisesPhotoFields
  }
}
    fragment PremisesPhotoFields on PremisesPhoto {
  id
  url
  thumbUrl
  width
  height
  alt
}`) as unknown as TypedDocumentString<AddPremisesPhotoMutation, AddPremisesPhotoMutationVariables>;
export const BookPremisesViewingDocument = new TypedDocumentString(`
    mutation BookPremisesViewing($slotId: ID!) {
  bookPremisesViewing(slotId: $slotId) {
    id
  }
}
    `) as unknown as TypedDocumentString<BookPremisesViewingMutation, BookPremisesViewingMutationVariables>;
export const CreatePremisesViewingSlotDocument = new TypedDocumentString(`
    mutation CreatePremisesViewingSlot($input: PremisesViewingSlotInput!) {
  createPremisesViewingSlot(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePremisesViewingSlotMutation, CreatePremisesViewingSlotMutationVariables>;
export const UnsubscribePremisesSearchDocument = new TypedDocumentString(`
    mutation UnsubscribePremisesSearch($token: String!) {
  unsubscribePremisesSearch(token: $token)
}
    `) as unknown as TypedDocumentString<UnsubscribePremisesSearchMutation, UnsubscribePremisesSearchMutationVariables>;
export const PremisesExportDocument = new TypedDocumentString(`
    query PremisesExport($filter: PremisesFilter, $orderBy: PremisesOrder) {
  premisesCsv(filter: $filter, orderBy: $orderBy, limit: 5000)
}
    `) as unknown as TypedDocumentString<PremisesExportQuery, PremisesExportQueryVariables>;
export const AddLettingApplicationDocumentDocument = new TypedDocumentString(`
    mutation AddLettingApplicationDocument($roundId: ID!, $key: String!, $fileName: String) {
  addLettingApplicationDocument(roundId: $roundId, key: $key, fileName: $fileName) {
    ...UploadedAttachment
  }
}
    fragment UploadedAttachment on Attachment {
  id
  fileName
  url
}`) as unknown as TypedDocumentString<AddLettingApplicationDocumentMutation, AddLettingApplicationDocumentMutationVariables>;
export const PremisesCountDocument = new TypedDocumentString(`
    query PremisesCount($filter: PremisesFilter) {
  premisesFacets(filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PremisesCountQuery, PremisesCountQueryVariables>;
export const PremisesSearchPageDocument = new TypedDocumentString(`
    query PremisesSearchPage($filter: PremisesFilter, $orderBy: PremisesOrder, $first: Int, $after: String) {
  premisesSearch(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        address
        district
        areaM2
        monthlyRent
        rentPerM2
        status
        stepFree
        preferentialRent
        floor
        latitude
        longitude
        photos {
          thumbUrl
          alt
        }
      }
    }
  }
  premisesFacets(filter: $filter) {
    totalCount
    districts {
      district
      count
    }
    areaMin
    areaMax
    rentMin
    rentMax
    rentHistogram {
      from
      to
      count
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<PremisesSearchPageQuery, PremisesSearchPageQueryVariables>;
export const MyPremisesSearchesDocument = new TypedDocumentString(`
    query MyPremisesSearches {
  myPremisesSearches {
    id
    name
    query
  }
}
    `) as unknown as TypedDocumentString<MyPremisesSearchesQuery, MyPremisesSearchesQueryVariables>;
export const SavePremisesSearchDocument = new TypedDocumentString(`
    mutation SavePremisesSearch($name: String!, $filter: PremisesFilter) {
  savePremisesSearch(name: $name, filter: $filter) {
    id
  }
}
    `) as unknown as TypedDocumentString<SavePremisesSearchMutation, SavePremisesSearchMutationVariables>;
export const DeletePremisesSearchDocument = new TypedDocumentString(`
    mutation DeletePremisesSearch($id: ID!) {
  deletePremisesSearch(id: $id)
}
    `) as unknown as TypedDocumentString<DeletePremisesSearchMutation, DeletePremisesSearchMutationVariables>;
export const PremisesSearchMapPointsDocument = new TypedDocumentString(`
    query PremisesSearchMapPoints($filter: PremisesFilter) {
  premisesMapPoints(filter: $filter) {
    totalCount
    truncated
    points {
      id
      latitude
      longitude
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PremisesSearchMapPointsQuery, PremisesSearchMapPointsQueryVariables>;
export const CancelPremisesViewingByTokenDocument = new TypedDocumentString(`
    mutation CancelPremisesViewingByToken($token: String!) {
  cancelPremisesViewingByToken(token: $token) {
    id
    cancelledAt
  }
}
    `) as unknown as TypedDocumentString<CancelPremisesViewingByTokenMutation, CancelPremisesViewingByTokenMutationVariables>;
export const LegalPageDocument = new TypedDocumentString(`
    query LegalPage($key: String!) {
  programmePage(key: $key) {
    ...PublishedProgrammePage
  }
}
    fragment PublishedProgrammePage on ProgrammePage {
  key
  title
  bodyHtml
  titleEn
  bodyHtmlEn
  updatedAt
}`) as unknown as TypedDocumentString<LegalPageQuery, LegalPageQueryVariables>;
export const ProgrammeFiguresPageDocument = new TypedDocumentString(`
    query ProgrammeFiguresPage($period: FiguresPeriod) {
  programmeFigures(period: $period) {
    premises {
      offered
      available
      reserved
      rented
      totalAreaM2
      meanRentPerM2
      byDistrict {
        district
        offered
        available
        reserved
        rented
        totalAreaM2
        meanRentPerM2
      }
    }
    trainings {
      trainingsHeld
      meetingsHeld
      seatsOffered
      registered
      attended
      officials
      pes
      residents
    }
    organizations {
      total
      verified
      byLegalForm {
        legalForm
        count
        verified
      }
    }
    marketplace {
      noticesByKind {
        kind
        count
        handedOver
      }
      products
      demandsPosted
      demandsWithSocialClause
      offersReceived
      demandsAwarded
    }
    newsletter {
      confirmedSubscribers
      confirmedByMonth {
        month
        count
        total
      }
    }
    socialValue {
      year
      spendWithPes
      demandsAwarded
      demandsPosted
      clauseNone
      clauseReservedContract
      clauseEmployment
      clauseOtherSocial
      demandsWithoutOffer
      itemsReused
      itemsReusedValue
      loansHandedOver
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeFiguresPageQuery, ProgrammeFiguresPageQueryVariables>;
export const ProgrammePageDocument = new TypedDocumentString(`
    query ProgrammePage {
  programmePages {
    ...PublishedProgrammePage
    draft {
      title
      bodyHtml
      titleEn
      bodyHtmlEn
    }
  }
  programmePartners {
    id
    name
    url
    description
    logoUrl
    logoWidth
    logoHeight
  }
  newsPosts(first: 5, category: "MONITORING_TEAM") {
    edges {
      node {
        id
        slug
        title
        publishedAt
      }
    }
  }
}
    fragment PublishedProgrammePage on ProgrammePage {
  key
  title
  bodyHtml
  titleEn
  bodyHtmlEn
  updatedAt
}`) as unknown as TypedDocumentString<ProgrammePageQuery, ProgrammePageQueryVariables>;
export const SetProgrammePartnerLogoDocument = new TypedDocumentString(`
    mutation SetProgrammePartnerLogo($id: ID!, $key: String!, $width: Int!, $height: Int!) {
  setProgrammePartnerLogo(id: $id, key: $key, width: $width, height: $height) {
    id
    logoUrl
    logoWidth
    logoHeight
  }
}
    `) as unknown as TypedDocumentString<SetProgrammePartnerLogoMutation, SetProgrammePartnerLogoMutationVariables>;
export const SearchPageDocument = new TypedDocumentString(`
    query SearchPage($query: String!, $kinds: [SearchKind!], $after: String) {
  search(query: $query, kinds: $kinds, first: 20, after: $after) {
    totalCount
    countsByKind {
      kind
      count
    }
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        kind
        id
        title
        snippet
        url
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($email: String!, $password: String!, $name: String!, $accountType: AccountType!, $acceptTerms: Boolean, $locale: String) {
  signUp(
    email: $email
    password: $password
    name: $name
    accountType: $accountType
    acceptTerms: $acceptTerms
    locale: $locale
  ) {
    id
    role
    accountType
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const CancelRegistrationByTokenDocument = new TypedDocumentString(`
    mutation CancelRegistrationByToken($token: String!) {
  cancelRegistrationByToken(token: $token) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelRegistrationByTokenMutation, CancelRegistrationByTokenMutationVariables>;
export const SubmitTrainingFeedbackDocument = new TypedDocumentString(`
    mutation SubmitTrainingFeedback($token: String!, $input: TrainingFeedbackInput!) {
  submitTrainingFeedback(token: $token, input: $input)
}
    `) as unknown as TypedDocumentString<SubmitTrainingFeedbackMutation, SubmitTrainingFeedbackMutationVariables>;
export const TrainingFeedbackPageDocument = new TypedDocumentString(`
    query TrainingFeedbackPage($token: String!) {
  trainingFeedbackForm(token: $token) {
    given
    attended
    training {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingFeedbackPageQuery, TrainingFeedbackPageQueryVariables>;
export const RegisterGroupForTrainingDocument = new TypedDocumentString(`
    mutation RegisterGroupForTraining($trainingId: ID!, $attendees: [GroupAttendeeInput!]!) {
  registerGroupForTraining(trainingId: $trainingId, attendees: $attendees) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegisterGroupForTrainingMutation, RegisterGroupForTrainingMutationVariables>;
export const WithdrawGroupMemberDocument = new TypedDocumentString(`
    mutation WithdrawGroupMember($id: ID!) {
  withdrawRegistration(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawGroupMemberMutation, WithdrawGroupMemberMutationVariables>;
export const AddTrainingMaterialFileDocument = new TypedDocumentString(`
    mutation AddTrainingMaterialFile($trainingId: ID!, $input: TrainingMaterialInput!) {
  addTrainingMaterial(trainingId: $trainingId, input: $input) {
    id
    url
  }
}
    `) as unknown as TypedDocumentString<AddTrainingMaterialFileMutation, AddTrainingMaterialFileMutationVariables>;
export const TrainingPageDocument = new TypedDocumentString(`
    query TrainingPage($id: ID!) {
  training(id: $id) {
    ...TrainingFields
    online
    seatsLeft
    confirmedCount
    waitlistCount
    registrationClosedReason
    seatsByAudience {
      audience
      quota
      confirmedCount
      seatsLeft
    }
    questions {
      ...TrainingQuestionFields
    }
    materials {
      ...TrainingMaterialLink
      fileName
    }
    myGroup {
      id
      attendeeName
      attendeeEmail
      status
    }
    myRegistration {
      id
      status
      waitlistPosition
      checkInCode
      checkInQrSvg
      attended
    }
  }
}
    fragment TrainingFields on Training {
  id
  kind
  title
  description
  topics
  audience
  trainers
  host
  startsAt
  endsAt
  registrationDeadline
  capacity
  venue
  address
  latitude
  longitude
  onlineUrl
  consentText
  askDietary
  askAccessibility
  cancelledAt
}
fragment TrainingQuestionFields on TrainingQuestion {
  id
  type
  label
  help
  required
  options
}
fragment TrainingMaterialLink on TrainingMaterial {
  id
  title
  url
  isFile
}`) as unknown as TypedDocumentString<TrainingPageQuery, TrainingPageQueryVariables>;
export const RegisterForTrainingButtonDocument = new TypedDocumentString(`
    mutation RegisterForTrainingButton($trainingId: ID!, $answers: RegistrationAnswersInput) {
  registerForTraining(trainingId: $trainingId, answers: $answers) {
    id
    status
    waitlistPosition
    checkInCode
  }
}
    `) as unknown as TypedDocumentString<RegisterForTrainingButtonMutation, RegisterForTrainingButtonMutationVariables>;
export const CancelRegistrationDocument = new TypedDocumentString(`
    mutation CancelRegistration($trainingId: ID!) {
  cancelRegistration(trainingId: $trainingId) {
    id
    status
    waitlistPosition
  }
}
    `) as unknown as TypedDocumentString<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const TrainingMaterialDownloadDocument = new TypedDocumentString(`
    query TrainingMaterialDownload($id: ID!) {
  trainingMaterial(id: $id) {
    id
    public
    fileName
    fileKey
    contentType
  }
}
    `) as unknown as TypedDocumentString<TrainingMaterialDownloadQuery, TrainingMaterialDownloadQueryVariables>;
export const TrainingsPageDocument = new TypedDocumentString(`
    query TrainingsPage($first: Int, $after: String, $upcoming: Boolean, $filter: TrainingFilter) {
  trainings(first: $first, after: $after, upcoming: $upcoming, filter: $filter) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        kind
        title
        venue
        startsAt
        endsAt
        registrationDeadline
        capacity
        seatsLeft
        waitlistCount
        audience
        online
        topics
        cancelledAt
        myRegistration {
          status
          waitlistPosition
        }
      }
    }
  }
}
    fragment NextPage on PageInfo {
  endCursor
  hasNextPage
}`) as unknown as TypedDocumentString<TrainingsPageQuery, TrainingsPageQueryVariables>;