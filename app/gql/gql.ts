/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccessibilityStatement($key: String!) {\n    programmePage(key: $key) { ...PublishedProgrammePage body }\n  }\n": typeof types.AccessibilityStatementDocument,
    "\n  query MyActivity {\n    waitingForMe { bookingRequests itemRequests enquiries approvals demandsToDecide total }\n    myPremisesEnquiries { id status message reply repliedAt repliedByName createdAt premises { id address district } }\n    myItemRequests { id status createdAt notice { id title } }\n    myBookings { id status from to notice { id title } }\n    bookingRequestsForMe { id from to message createdAt borrower { name } notice { id title } }\n    itemRequestsForMe { id message createdAt requester { name } notice { id title } }\n    extensionRequestsForMe { id to extensionTo borrower { name } notice { id title } }\n    myOrganizationOffers { id price updatedAt awarded demand { id title deadline status } }\n    myPremisesViewingBookings { id cancelledAt slot { id startsAt endsAt place } premises { id address } }\n    myPremisesLettingApplications { id proposedRent createdAt awarded round { id status deadline } premises { id address } }\n    myRegistrations { id status waitlistPosition attended training { id title startsAt endsAt venue cancelledAt } }\n  }\n": typeof types.MyActivityDocument,
    "\n  query MyApproval {\n    myApproval {\n      kind\n      state\n      reason\n      organizationName\n      since\n    }\n  }\n": typeof types.MyApprovalDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(input: { ids: $ids })\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyNotifications($after: String) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      edges { node { id kind title body link readAt createdAt } }\n      pageInfo { ...NextPage }\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation AccountRegisterOrganization($input: OrganizationRegistrationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      verified\n    }\n  }\n": typeof types.AccountRegisterOrganizationDocument,
    "\n  query AccountFindOrganizations($search: String!) {\n    findOrganizations(search: $search, first: 20) {\n      id\n      name\n      verified\n      district\n      legalForm\n    }\n  }\n": typeof types.AccountFindOrganizationsDocument,
    "\n  mutation AccountRequestMembership($organizationId: ID!) {\n    requestOrganizationMembership(organizationId: $organizationId) {\n      id\n      status\n    }\n  }\n": typeof types.AccountRequestMembershipDocument,
    "\n  mutation AccountUpdateOrganizationMember($id: ID!, $input: OrganizationMemberInput!) {\n    updateOrganizationMember(id: $id, input: $input) { id role title }\n  }\n": typeof types.AccountUpdateOrganizationMemberDocument,
    "\n  mutation AccountRemoveOrganizationMember($id: ID!) {\n    removeOrganizationMember(id: $id)\n  }\n": typeof types.AccountRemoveOrganizationMemberDocument,
    "\n  query AccountOrganizationMembership {\n    me {\n      id\n      role\n      membership { id status role organization { id name slug } }\n    }\n  }\n": typeof types.AccountOrganizationMembershipDocument,
    "\n  query AccountOrganizationMembers($id: ID!) {\n    organizationById(id: $id) { id name slug }\n    organizationMembers(organizationId: $id) {\n      id\n      role\n      title\n      user { id name email }\n    }\n  }\n": typeof types.AccountOrganizationMembersDocument,
    "\n  query AccountPage {\n    me {\n      id\n      email\n      name\n      role\n      accountType\n      approvalStatus\n      membership {\n        id\n        status\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n    organizationJoinRequests {\n      id\n      createdAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  query MyNotificationPreferences {\n    notificationPreferences { kind delivery }\n    myFollows { kind value label }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(input: { kind: $kind, delivery: $delivery }) { kind delivery }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query PrivacyPage {\n    me {\n      id\n      email\n      hasPassword\n    }\n  }\n": typeof types.PrivacyPageDocument,
    "\n  query MyRegistrationsPage {\n    myRegistrations {\n      id\n      status\n      waitlistPosition\n      attended\n      registeredAt\n      training {\n        id\n        title\n        startsAt\n        endsAt\n        venue\n        cancelledAt\n      }\n    }\n  }\n": typeof types.MyRegistrationsPageDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query SecurityPage {\n    me {\n      id\n      hasPassword\n    }\n  }\n": typeof types.SecurityPageDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation VerifyEmailLink($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailLinkDocument,
    "\n  mutation AdminDecideOfficial($userId: ID!, $approve: Boolean!, $reason: String) {\n    decideOfficial(userId: $userId, approve: $approve, reason: $reason) {\n      id\n      role\n      approvalStatus\n    }\n  }\n": typeof types.AdminDecideOfficialDocument,
    "mutation AdminVerifyOrganization($id: ID!) { verifyOrganization(id: $id, verified: true) { id verified } }": typeof types.AdminVerifyOrganizationDocument,
    "\n  mutation AdminRejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      id\n      rejectedAt\n    }\n  }\n": typeof types.AdminRejectOrganizationDocument,
    "\n  query AdminPendingApprovals {\n    pendingApprovals {\n      officials {\n        id\n        name\n        email\n        createdAt\n      }\n      organizations {\n        id\n        name\n        legalForm\n        nip\n        krs\n        district\n        address\n        email\n        phone\n        website\n        description\n        createdAt\n        applicant {\n          name\n          email\n        }\n      }\n      memberships {\n        id\n        createdAt\n        user {\n          name\n          email\n        }\n        organization {\n          name\n          verified\n        }\n      }\n    }\n  }\n": typeof types.AdminPendingApprovalsDocument,
    "\n  query AdminAuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        action\n        entityType\n        entityId\n        data\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query ProgrammeFiguresDetailPage($period: FiguresPeriod) {\n    programmeFiguresDetail(period: $period) {\n      premisesByMonth { month offered rented totalAreaM2 }\n      trainings { id title kind startsAt endsAt seats registered waitlisted attended officials pes residents }\n      trainingsByMonth { month held seats registered attended }\n      demandsByCategory { category demands withSocialClause offers awarded }\n      organizationsByDistrict { district count verified }\n      subscribersByMonth { month confirmed unsubscribed total }\n      noticesByKind { kind total available reserved handedOver closed }\n      demandsWithoutOffer { id title category deadline clauseType }\n    }\n  }\n": typeof types.ProgrammeFiguresDetailPageDocument,
    "\n  query AdminNewsPost($id: ID!) {\n    newsPostById(id: $id) {\n      id slug status isLive hasUnpublishedChanges publishedAt\n      draft { title body category lead coverImageUrl }\n    }\n    newsRevisions(postId: $id) { id title kind authorName createdAt }\n  }\n": typeof types.AdminNewsPostDocument,
    "mutation CreateNewsPost($input: NewsPostInput!) { createNewsPost(input: $input) { id slug status } }": typeof types.CreateNewsPostDocument,
    "\n  mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {\n    updateNewsPost(id: $id, input: $input) { id status hasUnpublishedChanges updatedAt }\n  }\n": typeof types.UpdateNewsPostDocument,
    "mutation PublishNewsPost($id: ID!, $at: DateTime) { publishNewsPost(id: $id, at: $at) { id status publishedAt } }": typeof types.PublishNewsPostDocument,
    "mutation UnpublishNewsPost($id: ID!) { unpublishNewsPost(id: $id) { id status } }": typeof types.UnpublishNewsPostDocument,
    "mutation ArchiveNewsPost($id: ID!) { archiveNewsPost(id: $id) { id status } }": typeof types.ArchiveNewsPostDocument,
    "\n  query RenderNewsPreview($body: String!) {\n    renderNewsPreview(body: $body)\n  }\n": typeof types.RenderNewsPreviewDocument,
    "mutation RestoreNewsRevision($revisionId: ID!) { restoreNewsRevision(revisionId: $revisionId) { id } }": typeof types.RestoreNewsRevisionDocument,
    "\n  query NewsRevisionDiff($fromId: ID!, $toId: ID!) {\n    newsRevisionDiff(fromId: $fromId, toId: $toId) { value added removed }\n  }\n": typeof types.NewsRevisionDiffDocument,
    "\n  mutation RestoreProgrammePageRevision($revisionId: ID!) {\n    restoreProgrammePageRevision(revisionId: $revisionId) { key }\n  }\n": typeof types.RestoreProgrammePageRevisionDocument,
    "\n  query ProgrammePageRevisionDiff($fromId: ID!, $toId: ID!) {\n    programmePageRevisionDiff(fromId: $fromId, toId: $toId) { value added removed }\n  }\n": typeof types.ProgrammePageRevisionDiffDocument,
    "\n  query AdminNewsletterIssue($id: ID!) {\n    newsletterIssue(id: $id) { id subject intro subjectEn introEn status sentAt recipientCount postIds }\n    previewNewsletterIssue(id: $id) { subject text html }\n    previewEn: previewNewsletterIssue(id: $id, locale: \"en\") { subject html }\n    newsPosts(first: 50) { edges { node { id title } } }\n  }\n": typeof types.AdminNewsletterIssueDocument,
    "mutation CreateNewsletterIssue($input: NewsletterIssueInput!) { createNewsletterIssue(input: $input) { id } }": typeof types.CreateNewsletterIssueDocument,
    "\n  mutation UpdateNewsletterIssue($id: ID!, $input: NewsletterIssueInput!) {\n    updateNewsletterIssue(id: $id, input: $input) { id }\n  }\n": typeof types.UpdateNewsletterIssueDocument,
    "\n  query AdminNewsletter {\n    newsletterIssues(includeDrafts: true, first: 100) { id subject status sentAt recipientCount createdAt }\n    newsletterStats { pending confirmed unsubscribed }\n    newsPosts(first: 50) { edges { node { id title } } }\n  }\n": typeof types.AdminNewsletterDocument,
    "mutation SendNewsletterIssueTest($id: ID!) { sendNewsletterIssueTest(id: $id) }": typeof types.SendNewsletterIssueTestDocument,
    "mutation SendNewsletterIssue($id: ID!) { sendNewsletterIssue(id: $id) { id status recipientCount } }": typeof types.SendNewsletterIssueDocument,
    "\n  query AdminNewsList($after: String) {\n    newsPosts(first: 25, after: $after, includeUnpublished: true) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id slug title status isLive hasUnpublishedChanges publishedAt updatedAt category } }\n    }\n  }\n": typeof types.AdminNewsListDocument,
    "\n  query AdminProgrammePartners {\n    programmePartners { id name url description logoUrl }\n  }\n": typeof types.AdminProgrammePartnersDocument,
    "mutation CreateProgrammePartner($input: ProgrammePartnerInput!) { createProgrammePartner(input: $input) { id } }": typeof types.CreateProgrammePartnerDocument,
    "\n  mutation UpdateProgrammePartner($id: ID!, $input: ProgrammePartnerInput!) {\n    updateProgrammePartner(id: $id, input: $input) { id }\n  }\n": typeof types.UpdateProgrammePartnerDocument,
    "\n  mutation ReorderProgrammePartners($ids: [ID!]!) {\n    reorderProgrammePartners(ids: $ids) { id position }\n  }\n": typeof types.ReorderProgrammePartnersDocument,
    "\n  mutation DeleteProgrammePartner($id: ID!) {\n    deleteProgrammePartner(id: $id)\n  }\n": typeof types.DeleteProgrammePartnerDocument,
    "\n  query AdminProgrammePage($key: String!) {\n    programmePage(key: $key) { key title publishedAt hasUnpublishedChanges draft { title body titleEn bodyEn } }\n    programmePageRevisions(key: $key) { id title kind authorName createdAt }\n  }\n": typeof types.AdminProgrammePageDocument,
    "\n  query AdminProgrammePages {\n    programmePages { key title updatedAt hasUnpublishedChanges draft { title } }\n    programmePartners { id }\n  }\n": typeof types.AdminProgrammePagesDocument,
    "\n  mutation UpdateProgrammePage($key: String!, $input: ProgrammePageInput!) {\n    updateProgrammePage(key: $key, input: $input) { key title hasUnpublishedChanges updatedAt }\n  }\n": typeof types.UpdateProgrammePageDocument,
    "\n  mutation PublishProgrammePage($key: String!) {\n    publishProgrammePage(key: $key) { key title publishedAt hasUnpublishedChanges }\n  }\n": typeof types.PublishProgrammePageDocument,
    "\n  mutation DiscardProgrammePageDraft($key: String!) {\n    discardProgrammePageDraft(key: $key) { key hasUnpublishedChanges }\n  }\n": typeof types.DiscardProgrammePageDraftDocument,
    "\n  query AdminOutbox($first: Int!, $offset: Int!, $to: String) {\n    outbox(first: $first, offset: $offset, to: $to) {\n      total\n      items {\n        id\n        to\n        subject\n        text\n        status\n        template\n        createdAt\n        sentAt\n        lastError\n      }\n    }\n  }\n": typeof types.AdminOutboxDocument,
    "\n  query AdminEditPremises($id: ID!) {\n    premises(id: $id) {\n      ...PremisesFields\n      photos {\n        id\n        thumbUrl\n        alt\n      }\n    }\n  }\n": typeof types.AdminEditPremisesDocument,
    "mutation AdminDeletePremises($id: ID!) { deletePremises(id: $id) }": typeof types.AdminDeletePremisesDocument,
    "\n  query AdminPremisesEnquiries($all: Boolean) {\n    premisesEnquiries(all: $all, first: 100) {\n      id\n      message\n      createdAt\n      status\n      reply\n      repliedAt\n      repliedByName\n      canReply\n      premises {\n        id\n        address\n        district\n      }\n      sender {\n        name\n        email\n      }\n      organization {\n        name\n      }\n    }\n  }\n": typeof types.AdminPremisesEnquiriesDocument,
    "\n  mutation ReplyToPremisesEnquiry($id: ID!, $message: String!) {\n    replyToPremisesEnquiry(id: $id, message: $message) { id status }\n  }\n": typeof types.ReplyToPremisesEnquiryDocument,
    "\n  mutation MarkPremisesEnquiryHandled($id: ID!) {\n    markPremisesEnquiryHandled(id: $id) { id status }\n  }\n": typeof types.MarkPremisesEnquiryHandledDocument,
    "\n  mutation ImportPremisesCsv($csv: String!, $dryRun: Boolean) {\n    importPremisesCsv(csv: $csv, dryRun: $dryRun) {\n      ok\n      imported\n      created\n      updated\n      unknownColumns\n      rows {\n        line\n        action\n        address\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportPremisesCsvDocument,
    "\n  query AdminPremisesList($filter: PremisesFilter, $after: String) {\n    premisesSearch(filter: $filter, orderBy: NEWEST, first: 50, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          id\n          code\n          address\n          district\n          areaM2\n          monthlyRent\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.AdminPremisesListDocument,
    "mutation DeletePremisesPhoto($id: ID!) { deletePremisesPhoto(id: $id) }": typeof types.DeletePremisesPhotoDocument,
    "\n  mutation ReorderPremisesPhotos($premisesId: ID!, $photoIds: [ID!]!) {\n    reorderPremisesPhotos(premisesId: $premisesId, photoIds: $photoIds) {\n      id\n    }\n  }\n": typeof types.ReorderPremisesPhotosDocument,
    "mutation AdminCreatePremises($input: PremisesInput!) { createPremises(input: $input) { id } }": typeof types.AdminCreatePremisesDocument,
    "mutation AdminUpdatePremises($id: ID!, $input: PremisesInput!) { updatePremises(id: $id, input: $input) { id } }": typeof types.AdminUpdatePremisesDocument,
    "\n  mutation MarkAttendance($id: ID!, $attended: Boolean!) {\n    markAttendance(registrationId: $id, attended: $attended) {\n      id\n      attended\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  mutation CheckInByCode($trainingId: ID!, $code: String!) {\n    checkInByCode(trainingId: $trainingId, code: $code) {\n      id\n      attended\n      attendeeName\n      user {\n        name\n      }\n    }\n  }\n": typeof types.CheckInByCodeDocument,
    "\n  query AdminTrainingCheckIn($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      startsAt\n      venue\n    }\n    trainingRegistrations(trainingId: $id, status: CONFIRMED) {\n      id\n      attended\n      attendeeName\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminTrainingCheckInDocument,
    "\n  query EditTrainingPage($id: ID!) {\n    training(id: $id) {\n      ...TrainingFields\n      officialsQuota\n      pesQuota\n      residentsQuota\n    }\n  }\n": typeof types.EditTrainingPageDocument,
    "\n  mutation InviteToTraining($trainingId: ID!, $input: TrainingInvitationInput!) {\n    inviteToTraining(trainingId: $trainingId, input: $input) {\n      invited\n      skipped\n    }\n  }\n": typeof types.InviteToTrainingDocument,
    "\n  mutation AddTrainingMaterialLink($trainingId: ID!, $input: TrainingMaterialInput!) {\n    addTrainingMaterial(trainingId: $trainingId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddTrainingMaterialLinkDocument,
    "mutation DeleteTrainingMaterial($id: ID!) { deleteTrainingMaterial(id: $id) }": typeof types.DeleteTrainingMaterialDocument,
    "\n  query AdminTrainingOrganise($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      questions {\n        ...TrainingQuestionFields\n      }\n      materials {\n        ...TrainingMaterialLink\n        public\n      }\n    }\n    trainingInvitations(trainingId: $id) {\n      email\n      organizationName\n      createdAt\n    }\n    organizationActivities\n    trainingFeedbackSummary(trainingId: $id) {\n      responses\n      averageRating\n      ratingCounts\n      useful\n      improve\n    }\n  }\n": typeof types.AdminTrainingOrganiseDocument,
    "\n  mutation SetTrainingQuestions($trainingId: ID!, $questions: [TrainingQuestionInput!]!) {\n    setTrainingQuestions(trainingId: $trainingId, questions: $questions) {\n      id\n    }\n  }\n": typeof types.SetTrainingQuestionsDocument,
    "\n  mutation EmailTrainingRegistrants($trainingId: ID!, $subject: String!, $body: String!) {\n    emailTrainingRegistrants(trainingId: $trainingId, subject: $subject, body: $body)\n  }\n": typeof types.EmailTrainingRegistrantsDocument,
    "\n  query AdminTrainingRegistrations($id: ID!) {\n    training(id: $id) {\n      ...TrainingFillFields\n    }\n    trainingRegistrations(trainingId: $id) {\n      id\n      status\n      audience\n      registeredAt\n      attended\n      waitlistPosition\n      dietaryNeeds\n      accessibilityNeeds\n      attendeeName\n      attendeeEmail\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.AdminTrainingRegistrationsDocument,
    "mutation CancelTrainingButton($id: ID!, $reason: String) { cancelTraining(id: $id, reason: $reason) { id cancelledAt } }": typeof types.CancelTrainingButtonDocument,
    "\n  query AdminTrainingsPage($first: Int, $after: String, $upcoming: Boolean) {\n    trainings(first: $first, after: $after, upcoming: $upcoming) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          ...TrainingFillFields\n          kind\n          cancelledAt\n        }\n      }\n    }\n  }\n": typeof types.AdminTrainingsPageDocument,
    "mutation CreateTrainingForm($input: TrainingInput!) { createTraining(input: $input) { id } }": typeof types.CreateTrainingFormDocument,
    "mutation UpdateTrainingForm($id: ID!, $input: TrainingInput!) { updateTraining(id: $id, input: $input) { id } }": typeof types.UpdateTrainingFormDocument,
    "\n  query AdminUsers($search: String!, $first: Int!, $offset: Int!) {\n    users(search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        name\n        email\n        role\n        accountType\n        approvalStatus\n        createdAt\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "mutation AdminSetUserRole($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id role } }": typeof types.AdminSetUserRoleDocument,
    "\n  query AdminWaitingSummary {\n    waitingForMe { enquiries approvals demandsToDecide bookingRequests itemRequests extensionRequests total }\n  }\n": typeof types.AdminWaitingSummaryDocument,
    "query PendingApprovalCount { pendingApprovalCount }": typeof types.PendingApprovalCountDocument,
    "\n  mutation FollowThing($kind: FollowKind!, $value: String!) {\n    follow(kind: $kind, value: $value) { kind value }\n  }\n": typeof types.FollowThingDocument,
    "\n  mutation UnfollowThing($kind: FollowKind!, $value: String!) {\n    unfollow(kind: $kind, value: $value) { kind value }\n  }\n": typeof types.UnfollowThingDocument,
    "\n  query MyFollowsForButtons {\n    myFollows { kind value }\n  }\n": typeof types.MyFollowsForButtonsDocument,
    "query HeaderUnreadNotifications { unreadNotificationCount }": typeof types.HeaderUnreadNotificationsDocument,
    "\n  query SearchSuggestions($query: String!) {\n    search(query: $query, first: 6) { edges { node { kind id title url } } }\n  }\n": typeof types.SearchSuggestionsDocument,
    "mutation AcceptTerms($version: String!) { acceptTerms(version: $version) { mustAccept } }": typeof types.AcceptTermsDocument,
    "\n  query TermsStatus {\n    termsStatus {\n      currentVersion\n      acceptedVersion\n      mustAccept\n    }\n  }\n": typeof types.TermsStatusDocument,
    "\n  query HeaderWaitingForMe {\n    waitingForMe { total bookingRequests itemRequests extensionRequests }\n  }\n": typeof types.HeaderWaitingForMeDocument,
    "\n  fragment NextPage on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.NextPageFragmentDoc,
    "\n  query MarketplaceAttachmentDownload($id: ID!) {\n    marketplaceAttachment(id: $id) {\n      id\n      fileName\n      contentType\n      sealed\n      fileKey\n    }\n  }\n": typeof types.MarketplaceAttachmentDownloadDocument,
    "\n  query MarketplaceMyBookings {\n    myBookings {\n      id status from to handedOverAt receivedAt returnedAt returnCondition returnNote overdue\n      extensionTo extensionRefusedAt extensionRefusalReason notice { id title }\n    }\n    bookingRequestsForMe { id from to message createdAt borrower { name } notice { id title } }\n  }\n": typeof types.MarketplaceMyBookingsDocument,
    "\n  mutation AddDemandAttachment($demandId: ID!, $key: String!, $fileName: String) {\n    addDemandAttachment(demandId: $demandId, key: $key, fileName: $fileName) {\n      ...UploadedAttachment\n    }\n  }\n": typeof types.AddDemandAttachmentDocument,
    "\n  mutation SetOfferAttachment($demandId: ID!, $key: String!, $fileName: String) {\n    setOfferAttachment(demandId: $demandId, key: $key, fileName: $fileName) {\n      ...UploadedAttachment\n    }\n  }\n": typeof types.SetOfferAttachmentDocument,
    "\n  query MarketplaceDemand($id: ID!) {\n    demand(id: $id) {\n      id\n      kind\n      title\n      description\n      category\n      deadline\n      budget\n      socialClause\n      clauseType\n      cpvCode\n      status\n      decidedAt\n      award { price awardedAt organization { name slug } }\n      questions { id question answer answeredAt createdAt askedByViewer }\n      amendments { id note descriptionChanged previousDeadline newDeadline createdAt }\n      acceptingOffers\n      viewerManages\n      offerCount\n      offers { id price message awarded updatedAt organization { name slug } attachment { id fileName size url } }\n      myOffer { id price message awarded attachment { id fileName size url } }\n      attachments { id fileName size url }\n    }\n  }\n": typeof types.MarketplaceDemandDocument,
    "mutation AmendDemand($id: ID!, $input: DemandAmendmentInput!) { amendDemand(id: $id, input: $input) { id } }": typeof types.AmendDemandDocument,
    "mutation AwardOffer($offerId: ID!) { awardOffer(offerId: $offerId) { id status } }": typeof types.AwardOfferDocument,
    "mutation CloseDemand($id: ID!) { closeDemand(id: $id) { id status } }": typeof types.CloseDemandDocument,
    "\n  mutation CreateDemand($input: DemandInput!) {\n    createDemand(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDemandDocument,
    "\n  mutation SubmitOffer($demandId: ID!, $input: OfferInput!) {\n    submitOffer(demandId: $demandId, input: $input) {\n      id\n      price\n      message\n    }\n  }\n": typeof types.SubmitOfferDocument,
    "mutation WithdrawOffer($demandId: ID!) { withdrawOffer(demandId: $demandId) }": typeof types.WithdrawOfferDocument,
    "mutation AskDemandQuestion($demandId: ID!, $question: String!) { askDemandQuestion(demandId: $demandId, question: $question) { id } }": typeof types.AskDemandQuestionDocument,
    "mutation AnswerDemandQuestion($questionId: ID!, $answer: String!) { answerDemandQuestion(questionId: $questionId, answer: $answer) { id answer } }": typeof types.AnswerDemandQuestionDocument,
    "mutation SubscribeDemandCategory($c: String!) { subscribeToDemandCategory(category: $c) }": typeof types.SubscribeDemandCategoryDocument,
    "mutation UnsubscribeDemandCategory($c: String!) { unsubscribeFromDemandCategory(category: $c) }": typeof types.UnsubscribeDemandCategoryDocument,
    "\n  query MarketplaceDemandSubscriptions {\n    myDemandSubscriptions\n    demandCategories\n  }\n": typeof types.MarketplaceDemandSubscriptionsDocument,
    "\n  query MarketplaceNoticeEdit($id: ID!) {\n    equipmentNotice(id: $id) {\n      id kind title description category condition conditionNote district expiresAt viewerIsOwner estimatedValue deposit pickupPlace pickupHours loanNotes\n      photos { id thumbUrl alt }\n    }\n  }\n": typeof types.MarketplaceNoticeEditDocument,
    "\n  query MarketplaceNotice($id: ID!) {\n    equipmentNotice(id: $id) {\n      id\n      kind\n      title\n      description\n      status\n      district\n      category\n      condition\n      conditionNote\n      expiresAt\n      createdAt\n      viewerIsOwner\n      deposit\n      estimatedValue\n      pickupPlace\n      pickupHours\n      loanNotes\n      organization { name slug }\n      photos { id url thumbUrl alt width height }\n      bookedPeriods { from to }\n      bookings {\n        id status from to message handedOverAt receivedAt returnedAt returnCondition returnNote overdue\n        extensionTo extensionRefusedAt extensionRefusalReason borrower { name email }\n      }\n      itemRequests { id status message createdAt handedOverAt handoverNote requester { name email } }\n      viewerBookings {\n        id status from to handedOverAt receivedAt returnedAt returnCondition returnNote overdue\n        extensionTo extensionRefusedAt extensionRefusalReason\n      }\n      viewerItemRequests { id status createdAt handedOverAt handoverNote }\n    }\n  }\n": typeof types.MarketplaceNoticeDocument,
    "\n  mutation AddEquipmentNoticePhoto($noticeId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {\n    addEquipmentNoticePhoto(noticeId: $noticeId, key: $key, width: $width, height: $height, alt: $alt) {\n      ...UploadedMarketplacePhoto\n    }\n  }\n": typeof types.AddEquipmentNoticePhotoDocument,
    "mutation ApproveBooking($id: ID!) { approveBooking(id: $id) { id status } }": typeof types.ApproveBookingDocument,
    "mutation RejectBooking($id: ID!) { rejectBooking(id: $id) { id status } }": typeof types.RejectBookingDocument,
    "mutation CancelBooking($id: ID!) { cancelBooking(id: $id) { id status } }": typeof types.CancelBookingDocument,
    "mutation SetEquipmentNoticeStatus($id: ID!, $status: String!) { setEquipmentNoticeStatus(id: $id, status: $status) { id status } }": typeof types.SetEquipmentNoticeStatusDocument,
    "\n  mutation RequestBooking($noticeId: ID!, $from: Date!, $to: Date!, $message: String) {\n    requestBooking(noticeId: $noticeId, from: $from, to: $to, message: $message) {\n      id\n      status\n      from\n      to\n    }\n  }\n": typeof types.RequestBookingDocument,
    "mutation RecordBookingHandover($id: ID!) { recordBookingHandover(id: $id) { id status handedOverAt } }": typeof types.RecordBookingHandoverDocument,
    "\n  mutation ReturnBookingWithRecord($id: ID!, $condition: String, $note: String) {\n    returnBooking(id: $id, condition: $condition, note: $note) { id status returnedAt returnCondition returnNote }\n  }\n": typeof types.ReturnBookingWithRecordDocument,
    "mutation RecordItemHandover($id: ID!, $note: String) { recordItemHandover(id: $id, note: $note) { id handedOverAt } }": typeof types.RecordItemHandoverDocument,
    "mutation RequestItem($id: ID!, $m: String!) { requestItem(noticeId: $id, message: $m) { id status } }": typeof types.RequestItemDocument,
    "mutation AcceptItemRequest($id: ID!) { acceptItemRequest(id: $id) { id status } }": typeof types.AcceptItemRequestDocument,
    "mutation DeclineItemRequest($id: ID!) { declineItemRequest(id: $id) { id status } }": typeof types.DeclineItemRequestDocument,
    "mutation RequestBookingExtension($id: ID!, $to: Date!) { requestBookingExtension(id: $id, to: $to) { id extensionTo } }": typeof types.RequestBookingExtensionDocument,
    "mutation ApproveBookingExtension($id: ID!) { approveBookingExtension(id: $id) { id to extensionTo } }": typeof types.ApproveBookingExtensionDocument,
    "mutation RefuseBookingExtension($id: ID!, $reason: String) { refuseBookingExtension(id: $id, reason: $reason) { id extensionTo } }": typeof types.RefuseBookingExtensionDocument,
    "mutation ConfirmBookingReceipt($id: ID!) { confirmBookingReceipt(id: $id) { id receivedAt } }": typeof types.ConfirmBookingReceiptDocument,
    "\n  mutation UpdateEquipmentNotice($id: ID!, $input: EquipmentNoticeInput!) {\n    updateEquipmentNotice(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateEquipmentNoticeDocument,
    "\n  mutation CreateEquipmentNotice($input: EquipmentNoticeInput!) {\n    createEquipmentNotice(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEquipmentNoticeDocument,
    "\n  fragment ProductFields on Product {\n    id\n    name\n    category\n    description\n    priceFrom\n    priceTo\n    unit\n    areaServed\n    socialClauseSuitable\n  }\n": typeof types.ProductFieldsFragmentDoc,
    "mutation DeleteDemandAttachment($id: ID!) { deleteDemandAttachment(id: $id) }": typeof types.DeleteDemandAttachmentDocument,
    "mutation RemoveOfferAttachment($demandId: ID!) { removeOfferAttachment(demandId: $demandId) }": typeof types.RemoveOfferAttachmentDocument,
    "mutation RemoveLettingApplicationDocument($id: ID!) { removeLettingApplicationDocument(id: $id) }": typeof types.RemoveLettingApplicationDocumentDocument,
    "\n  fragment UploadedMarketplacePhoto on MarketplacePhoto {\n    id\n    url\n    thumbUrl\n    alt\n  }\n": typeof types.UploadedMarketplacePhotoFragmentDoc,
    "\n  fragment UploadedAttachment on Attachment {\n    id\n    fileName\n    url\n  }\n": typeof types.UploadedAttachmentFragmentDoc,
    "mutation UpdateMarketplacePhoto($id: ID!, $alt: String) { updateMarketplacePhoto(id: $id, alt: $alt) { id alt } }": typeof types.UpdateMarketplacePhotoDocument,
    "mutation DeleteMarketplacePhoto($id: ID!) { deleteMarketplacePhoto(id: $id) }": typeof types.DeleteMarketplacePhotoDocument,
    "mutation ReorderMarketplacePhotos($photoIds: [ID!]!) { reorderMarketplacePhotos(photoIds: $photoIds) { id } }": typeof types.ReorderMarketplacePhotosDocument,
    "\n  query MarketplaceNotices($filter: EquipmentNoticeFilter, $first: Int, $after: String) {\n    equipmentNotices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id kind title description status district category condition organization { name slug } coverPhoto { thumbUrl } } }\n    }\n  }\n": typeof types.MarketplaceNoticesDocument,
    "\n  query MarketplaceProducts($filter: ProductFilter, $first: Int, $after: String) {\n    products(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { ...ProductFields organization { name slug } coverPhoto { thumbUrl } } }\n    }\n  }\n": typeof types.MarketplaceProductsDocument,
    "\n  query MarketplaceDemands($filter: DemandFilter, $first: Int, $after: String) {\n    demands(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id kind title category deadline budget socialClause status acceptingOffers } }\n    }\n  }\n": typeof types.MarketplaceDemandsDocument,
    "\n  query MarketplaceProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n      organization { name slug viewerIsMember }\n      photos { id url thumbUrl alt width height }\n    }\n  }\n": typeof types.MarketplaceProductDocument,
    "\n  mutation AddProductPhoto($productId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {\n    addProductPhoto(productId: $productId, key: $key, width: $width, height: $height, alt: $alt) {\n      ...UploadedMarketplacePhoto\n    }\n  }\n": typeof types.AddProductPhotoDocument,
    "mutation DeleteProduct($id: ID!) { deleteProduct(id: $id) }": typeof types.DeleteProductDocument,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      id\n      organization { slug }\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  query NewsArticle($slug: String!) {\n    newsPost(slug: $slug) { id slug title lead bodyHtml status isLive publishedAt updatedAt category coverImageUrl authorName }\n  }\n": typeof types.NewsArticleDocument,
    "\n  query NewsList($first: Int, $after: String, $category: String, $year: Int, $month: Int) {\n    newsPosts(first: $first, after: $after, category: $category, year: $year, month: $month) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id slug title lead publishedAt category coverImageUrl } }\n    }\n    newsCategories { code count }\n    newsArchive { year month count }\n  }\n": typeof types.NewsListDocument,
    "\n  query NewsletterIssuePage($id: ID!) {\n    newsletterIssue(id: $id) { id subject intro sentAt status posts { id slug title lead bodyHtml } }\n  }\n": typeof types.NewsletterIssuePageDocument,
    "\n  query NewsletterArchive {\n    newsletterIssues(first: 100) { id subject intro sentAt posts { id title } }\n  }\n": typeof types.NewsletterArchiveDocument,
    "\n  mutation SubscribeToNewsletter($email: String!, $consent: Boolean!, $locale: String) {\n    subscribeToNewsletter(email: $email, consent: $consent, locale: $locale)\n  }\n": typeof types.SubscribeToNewsletterDocument,
    "mutation ConfirmNewsletterSubscription($token: String!) { confirmNewsletterSubscription(token: $token) }": typeof types.ConfirmNewsletterSubscriptionDocument,
    "mutation UnsubscribeFromNewsletter($token: String!) { unsubscribeFromNewsletter(token: $token) }": typeof types.UnsubscribeFromNewsletterDocument,
    "mutation UnsubscribeFromNotifications($token: String!) { unsubscribeFromNotifications(token: $token) }": typeof types.UnsubscribeFromNotificationsDocument,
    "\n  mutation SetOrganizationLogo($organizationId: ID!, $key: String!) {\n    setOrganizationLogo(organizationId: $organizationId, key: $key) { id logoUrl hasUploadedLogo }\n  }\n": typeof types.SetOrganizationLogoDocument,
    "\n  mutation RemoveOrganizationLogo($organizationId: ID!) {\n    removeOrganizationLogo(organizationId: $organizationId) {\n      id\n      hasUploadedLogo\n    }\n  }\n": typeof types.RemoveOrganizationLogoDocument,
    "\n  query OrganizationProfileEdit($slug: String!) {\n    organization(slug: $slug) {\n      ...OrganizationProfileFields\n      externalLogoUrl hasUploadedLogo\n    }\n  }\n": typeof types.OrganizationProfileEditDocument,
    "\n  mutation UpdateOrganizationProfile($id: ID!, $input: OrganizationProfileInput!) {\n    updateOrganizationProfile(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.UpdateOrganizationProfileDocument,
    "\n  query OrganizationProfile($slug: String!) {\n    organization(slug: $slug) {\n      ...OrganizationProfileFields\n      verified\n      certifications { name validFrom validTo }\n      products { ...ProductFields coverPhoto { thumbUrl } }\n      equipmentNotices { id kind title district status }\n      members { id name role title }\n    }\n  }\n": typeof types.OrganizationProfileDocument,
    "\n  mutation DecideOrganizationMembership($id: ID!, $accept: Boolean!) {\n    decideOrganizationMembership(id: $id, accept: $accept) {\n      id\n      status\n    }\n  }\n": typeof types.DecideOrganizationMembershipDocument,
    "\n  fragment OrganizationProfileFields on Organization {\n    id\n    name\n    slug\n    legalForm\n    krs\n    nip\n    address\n    district\n    description\n    email\n    phone\n    website\n    logoUrl\n    activities\n    viewerIsMember\n  }\n": typeof types.OrganizationProfileFieldsFragmentDoc,
    "\n  query OrganizationsDirectory($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id name slug legalForm district verified activities description } }\n    }\n    organizationActivities\n  }\n": typeof types.OrganizationsDirectoryDocument,
    "\n  mutation SendPremisesEnquiry($premisesId: ID!, $message: String!) {\n    sendPremisesEnquiry(premisesId: $premisesId, message: $message) {\n      id\n    }\n  }\n": typeof types.SendPremisesEnquiryDocument,
    "\n  mutation ApplyToPremisesLettingRound($input: PremisesLettingApplicationInput!) {\n    applyToPremisesLettingRound(input: $input) { id }\n  }\n": typeof types.ApplyToPremisesLettingRoundDocument,
    "mutation OpenPremisesLettingRound($input: PremisesLettingRoundInput!) { openPremisesLettingRound(input: $input) { id } }": typeof types.OpenPremisesLettingRoundDocument,
    "\n  mutation AwardPremisesLettingRound($roundId: ID!, $applicationId: ID!) {\n    awardPremisesLettingRound(roundId: $roundId, applicationId: $applicationId) { id }\n  }\n": typeof types.AwardPremisesLettingRoundDocument,
    "mutation ClosePremisesLettingRound($roundId: ID!) { closePremisesLettingRound(roundId: $roundId) { id } }": typeof types.ClosePremisesLettingRoundDocument,
    "mutation MarkPremisesRented($premisesId: ID!) { markPremisesRented(premisesId: $premisesId) { id } }": typeof types.MarkPremisesRentedDocument,
    "\n  query PremisesDetails($id: ID!) {\n    premises(id: $id) {\n      ...PremisesFields\n      rentPerM2\n      enquiryRecipient\n      ownerId\n      createdAt\n      updatedAt\n      photos {\n        ...PremisesPhotoFields\n      }\n    }\n  }\n": typeof types.PremisesDetailsDocument,
    "\n  query PremisesViewingsLetting($id: ID!) {\n    premisesViewingSlots(premisesId: $id) { id startsAt endsAt place capacity bookedCount bookedByMe }\n    premisesLettingRounds(premisesId: $id) {\n      id status deadline minimumRent permittedUse preferentialRent documents acceptsApplications\n      result { organizationName rent decidedAt }\n      applications { id proposedRent intendedUse organization { name } documents { id fileName size url } }\n    }\n  }\n": typeof types.PremisesViewingsLettingDocument,
    "\n  query PremisesViewingBookingsList($id: ID!) {\n    premisesViewingBookings(premisesId: $id) { id slotId personName personEmail organization { name } }\n  }\n": typeof types.PremisesViewingBookingsListDocument,
    "\n  query PremisesMyEnquiries($id: ID!) {\n    myPremisesEnquiries(premisesId: $id) { id status createdAt reply repliedAt repliedByName }\n  }\n": typeof types.PremisesMyEnquiriesDocument,
    "\n  mutation AddPremisesPhoto($premisesId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {\n    addPremisesPhoto(premisesId: $premisesId, key: $key, width: $width, height: $height, alt: $alt) {\n      ...PremisesPhotoFields\n    }\n  }\n": typeof types.AddPremisesPhotoDocument,
    "mutation BookPremisesViewing($slotId: ID!) { bookPremisesViewing(slotId: $slotId) { id } }": typeof types.BookPremisesViewingDocument,
    "\n  mutation CreatePremisesViewingSlot($input: PremisesViewingSlotInput!) {\n    createPremisesViewingSlot(input: $input) { id }\n  }\n": typeof types.CreatePremisesViewingSlotDocument,
    "mutation UnsubscribePremisesSearch($token: String!) { unsubscribePremisesSearch(token: $token) }": typeof types.UnsubscribePremisesSearchDocument,
    "\n  query PremisesExport($filter: PremisesFilter, $orderBy: PremisesOrder) {\n    premisesCsv(filter: $filter, orderBy: $orderBy, limit: 5000)\n  }\n": typeof types.PremisesExportDocument,
    "\n  fragment PremisesFields on Premises {\n    id\n    code\n    address\n    district\n    latitude\n    longitude\n    floor\n    areaM2\n    stepFree\n    condition\n    conditionNote\n    utilities\n    utilitiesNote\n    description\n    status\n    availableFrom\n    permittedUse\n    monthlyRent\n    preferentialRent\n    administrator\n    contactName\n    contactPhone\n    contactEmail\n  }\n": typeof types.PremisesFieldsFragmentDoc,
    "\n  fragment PremisesPhotoFields on PremisesPhoto {\n    id\n    url\n    thumbUrl\n    width\n    height\n    alt\n  }\n": typeof types.PremisesPhotoFieldsFragmentDoc,
    "\n  mutation AddLettingApplicationDocument($roundId: ID!, $key: String!, $fileName: String) {\n    addLettingApplicationDocument(roundId: $roundId, key: $key, fileName: $fileName) {\n      ...UploadedAttachment\n    }\n  }\n": typeof types.AddLettingApplicationDocumentDocument,
    "\n  query PremisesCount($filter: PremisesFilter) {\n    premisesFacets(filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.PremisesCountDocument,
    "\n  query PremisesSearchPage($filter: PremisesFilter, $orderBy: PremisesOrder, $first: Int, $after: String) {\n    premisesSearch(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          id\n          address\n          district\n          areaM2\n          monthlyRent\n          rentPerM2\n          status\n          stepFree\n          preferentialRent\n          floor\n          latitude\n          longitude\n          photos {\n            thumbUrl\n            alt\n          }\n        }\n      }\n    }\n    premisesFacets(filter: $filter) {\n      totalCount\n      districts {\n        district\n        count\n      }\n      areaMin\n      areaMax\n      rentMin\n      rentMax\n      rentHistogram {\n        from\n        to\n        count\n      }\n    }\n  }\n": typeof types.PremisesSearchPageDocument,
    "\n  query MyPremisesSearches {\n    myPremisesSearches {\n      id\n      name\n      query\n    }\n  }\n": typeof types.MyPremisesSearchesDocument,
    "\n  mutation SavePremisesSearch($name: String!, $filter: PremisesFilter) {\n    savePremisesSearch(name: $name, filter: $filter) {\n      id\n    }\n  }\n": typeof types.SavePremisesSearchDocument,
    "mutation DeletePremisesSearch($id: ID!) { deletePremisesSearch(id: $id) }": typeof types.DeletePremisesSearchDocument,
    "\n  query PremisesSearchMapPoints($filter: PremisesFilter) {\n    premisesMapPoints(filter: $filter) {\n      totalCount\n      truncated\n      points {\n        id\n        latitude\n        longitude\n        title\n      }\n    }\n  }\n": typeof types.PremisesSearchMapPointsDocument,
    "\n  mutation CancelPremisesViewingByToken($token: String!) {\n    cancelPremisesViewingByToken(token: $token) { id cancelledAt }\n  }\n": typeof types.CancelPremisesViewingByTokenDocument,
    "\n  query LegalPage($key: String!) {\n    programmePage(key: $key) {\n      ...PublishedProgrammePage\n    }\n  }\n": typeof types.LegalPageDocument,
    "\n  query ProgrammeFiguresPage($period: FiguresPeriod) {\n    programmeFigures(period: $period) {\n      premises {\n        offered available reserved rented totalAreaM2 meanRentPerM2\n        byDistrict { district offered available reserved rented totalAreaM2 meanRentPerM2 }\n      }\n      trainings { trainingsHeld meetingsHeld seatsOffered registered attended officials pes residents }\n      organizations { total verified byLegalForm { legalForm count verified } }\n      marketplace { noticesByKind { kind count handedOver } products demandsPosted demandsWithSocialClause offersReceived demandsAwarded }\n      newsletter { confirmedSubscribers confirmedByMonth { month count total } }\n      socialValue {\n        year spendWithPes demandsAwarded demandsPosted clauseNone clauseReservedContract clauseEmployment clauseOtherSocial\n        demandsWithoutOffer itemsReused itemsReusedValue loansHandedOver\n      }\n    }\n  }\n": typeof types.ProgrammeFiguresPageDocument,
    "\n  fragment PublishedProgrammePage on ProgrammePage {\n    key\n    title\n    bodyHtml\n    titleEn\n    bodyHtmlEn\n    updatedAt\n  }\n": typeof types.PublishedProgrammePageFragmentDoc,
    "\n  query ProgrammePage {\n    programmePages { ...PublishedProgrammePage draft { title bodyHtml titleEn bodyHtmlEn } }\n    programmePartners { id name url description logoUrl logoWidth logoHeight }\n    newsPosts(first: 5, category: \"MONITORING_TEAM\") { edges { node { id slug title publishedAt } } }\n  }\n": typeof types.ProgrammePageDocument,
    "\n  mutation SetProgrammePartnerLogo($id: ID!, $key: String!, $width: Int!, $height: Int!) {\n    setProgrammePartnerLogo(id: $id, key: $key, width: $width, height: $height) { id logoUrl logoWidth logoHeight }\n  }\n": typeof types.SetProgrammePartnerLogoDocument,
    "\n  query SearchPage($query: String!, $kinds: [SearchKind!], $after: String) {\n    search(query: $query, kinds: $kinds, first: 20, after: $after) {\n      totalCount\n      countsByKind { kind count }\n      pageInfo { ...NextPage }\n      edges { node { kind id title snippet url } }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignUp(\n    $email: String!\n    $password: String!\n    $name: String!\n    $accountType: AccountType!\n    $acceptTerms: Boolean\n    $locale: String\n  ) {\n    signUp(\n      email: $email\n      password: $password\n      name: $name\n      accountType: $accountType\n      acceptTerms: $acceptTerms\n      locale: $locale\n    ) {\n      id\n      role\n      accountType\n    }\n  }\n": typeof types.SignUpDocument,
    "mutation CancelRegistrationByToken($token: String!) { cancelRegistrationByToken(token: $token) { id status } }": typeof types.CancelRegistrationByTokenDocument,
    "\n  mutation SubmitTrainingFeedback($token: String!, $input: TrainingFeedbackInput!) {\n    submitTrainingFeedback(token: $token, input: $input)\n  }\n": typeof types.SubmitTrainingFeedbackDocument,
    "\n  query TrainingFeedbackPage($token: String!) {\n    trainingFeedbackForm(token: $token) {\n      given\n      attended\n      training {\n        id\n        title\n      }\n    }\n  }\n": typeof types.TrainingFeedbackPageDocument,
    "\n  mutation RegisterGroupForTraining($trainingId: ID!, $attendees: [GroupAttendeeInput!]!) {\n    registerGroupForTraining(trainingId: $trainingId, attendees: $attendees) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterGroupForTrainingDocument,
    "mutation WithdrawGroupMember($id: ID!) { withdrawRegistration(id: $id) { id status } }": typeof types.WithdrawGroupMemberDocument,
    "\n  mutation AddTrainingMaterialFile($trainingId: ID!, $input: TrainingMaterialInput!) {\n    addTrainingMaterial(trainingId: $trainingId, input: $input) {\n      id\n      url\n    }\n  }\n": typeof types.AddTrainingMaterialFileDocument,
    "\n  query TrainingPage($id: ID!) {\n    training(id: $id) {\n      ...TrainingFields\n      online\n      seatsLeft\n      confirmedCount\n      waitlistCount\n      registrationClosedReason\n      seatsByAudience {\n        audience\n        quota\n        confirmedCount\n        seatsLeft\n      }\n      questions {\n        ...TrainingQuestionFields\n      }\n      materials {\n        ...TrainingMaterialLink\n        fileName\n      }\n      myGroup {\n        id\n        attendeeName\n        attendeeEmail\n        status\n      }\n      myRegistration {\n        id\n        status\n        waitlistPosition\n        checkInCode\n        checkInQrSvg\n        attended\n      }\n    }\n  }\n": typeof types.TrainingPageDocument,
    "\n  mutation RegisterForTrainingButton($trainingId: ID!, $answers: RegistrationAnswersInput) {\n    registerForTraining(trainingId: $trainingId, answers: $answers) {\n      id\n      status\n      waitlistPosition\n      checkInCode\n    }\n  }\n": typeof types.RegisterForTrainingButtonDocument,
    "\n  mutation CancelRegistration($trainingId: ID!) {\n    cancelRegistration(trainingId: $trainingId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  fragment TrainingFields on Training {\n    id\n    kind\n    title\n    description\n    topics\n    audience\n    trainers\n    host\n    startsAt\n    endsAt\n    registrationDeadline\n    capacity\n    venue\n    address\n    latitude\n    longitude\n    onlineUrl\n    consentText\n    askDietary\n    askAccessibility\n    cancelledAt\n  }\n": typeof types.TrainingFieldsFragmentDoc,
    "\n  fragment TrainingQuestionFields on TrainingQuestion {\n    id\n    type\n    label\n    help\n    required\n    options\n  }\n": typeof types.TrainingQuestionFieldsFragmentDoc,
    "\n  fragment TrainingMaterialLink on TrainingMaterial {\n    id\n    title\n    url\n    isFile\n  }\n": typeof types.TrainingMaterialLinkFragmentDoc,
    "\n  fragment TrainingFillFields on Training {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    confirmedCount\n    waitlistCount\n  }\n": typeof types.TrainingFillFieldsFragmentDoc,
    "\n  query TrainingMaterialDownload($id: ID!) {\n    trainingMaterial(id: $id) {\n      id\n      public\n      fileName\n      fileKey\n      contentType\n    }\n  }\n": typeof types.TrainingMaterialDownloadDocument,
    "\n  query TrainingsPage($first: Int, $after: String, $upcoming: Boolean, $filter: TrainingFilter) {\n    trainings(first: $first, after: $after, upcoming: $upcoming, filter: $filter) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          id\n          kind\n          title\n          venue\n          startsAt\n          endsAt\n          registrationDeadline\n          capacity\n          seatsLeft\n          waitlistCount\n          audience\n          online\n          topics\n          cancelledAt\n          myRegistration {\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingsPageDocument,
};
const documents: Documents = {
    "\n  query AccessibilityStatement($key: String!) {\n    programmePage(key: $key) { ...PublishedProgrammePage body }\n  }\n": types.AccessibilityStatementDocument,
    "\n  query MyActivity {\n    waitingForMe { bookingRequests itemRequests enquiries approvals demandsToDecide total }\n    myPremisesEnquiries { id status message reply repliedAt repliedByName createdAt premises { id address district } }\n    myItemRequests { id status createdAt notice { id title } }\n    myBookings { id status from to notice { id title } }\n    bookingRequestsForMe { id from to message createdAt borrower { name } notice { id title } }\n    itemRequestsForMe { id message createdAt requester { name } notice { id title } }\n    extensionRequestsForMe { id to extensionTo borrower { name } notice { id title } }\n    myOrganizationOffers { id price updatedAt awarded demand { id title deadline status } }\n    myPremisesViewingBookings { id cancelledAt slot { id startsAt endsAt place } premises { id address } }\n    myPremisesLettingApplications { id proposedRent createdAt awarded round { id status deadline } premises { id address } }\n    myRegistrations { id status waitlistPosition attended training { id title startsAt endsAt venue cancelledAt } }\n  }\n": types.MyActivityDocument,
    "\n  query MyApproval {\n    myApproval {\n      kind\n      state\n      reason\n      organizationName\n      since\n    }\n  }\n": types.MyApprovalDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(input: { ids: $ids })\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyNotifications($after: String) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      edges { node { id kind title body link readAt createdAt } }\n      pageInfo { ...NextPage }\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  mutation AccountRegisterOrganization($input: OrganizationRegistrationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      verified\n    }\n  }\n": types.AccountRegisterOrganizationDocument,
    "\n  query AccountFindOrganizations($search: String!) {\n    findOrganizations(search: $search, first: 20) {\n      id\n      name\n      verified\n      district\n      legalForm\n    }\n  }\n": types.AccountFindOrganizationsDocument,
    "\n  mutation AccountRequestMembership($organizationId: ID!) {\n    requestOrganizationMembership(organizationId: $organizationId) {\n      id\n      status\n    }\n  }\n": types.AccountRequestMembershipDocument,
    "\n  mutation AccountUpdateOrganizationMember($id: ID!, $input: OrganizationMemberInput!) {\n    updateOrganizationMember(id: $id, input: $input) { id role title }\n  }\n": types.AccountUpdateOrganizationMemberDocument,
    "\n  mutation AccountRemoveOrganizationMember($id: ID!) {\n    removeOrganizationMember(id: $id)\n  }\n": types.AccountRemoveOrganizationMemberDocument,
    "\n  query AccountOrganizationMembership {\n    me {\n      id\n      role\n      membership { id status role organization { id name slug } }\n    }\n  }\n": types.AccountOrganizationMembershipDocument,
    "\n  query AccountOrganizationMembers($id: ID!) {\n    organizationById(id: $id) { id name slug }\n    organizationMembers(organizationId: $id) {\n      id\n      role\n      title\n      user { id name email }\n    }\n  }\n": types.AccountOrganizationMembersDocument,
    "\n  query AccountPage {\n    me {\n      id\n      email\n      name\n      role\n      accountType\n      approvalStatus\n      membership {\n        id\n        status\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n    organizationJoinRequests {\n      id\n      createdAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AccountPageDocument,
    "\n  query MyNotificationPreferences {\n    notificationPreferences { kind delivery }\n    myFollows { kind value label }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(input: { kind: $kind, delivery: $delivery }) { kind delivery }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query PrivacyPage {\n    me {\n      id\n      email\n      hasPassword\n    }\n  }\n": types.PrivacyPageDocument,
    "\n  query MyRegistrationsPage {\n    myRegistrations {\n      id\n      status\n      waitlistPosition\n      attended\n      registeredAt\n      training {\n        id\n        title\n        startsAt\n        endsAt\n        venue\n        cancelledAt\n      }\n    }\n  }\n": types.MyRegistrationsPageDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query SecurityPage {\n    me {\n      id\n      hasPassword\n    }\n  }\n": types.SecurityPageDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation VerifyEmailLink($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailLinkDocument,
    "\n  mutation AdminDecideOfficial($userId: ID!, $approve: Boolean!, $reason: String) {\n    decideOfficial(userId: $userId, approve: $approve, reason: $reason) {\n      id\n      role\n      approvalStatus\n    }\n  }\n": types.AdminDecideOfficialDocument,
    "mutation AdminVerifyOrganization($id: ID!) { verifyOrganization(id: $id, verified: true) { id verified } }": types.AdminVerifyOrganizationDocument,
    "\n  mutation AdminRejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      id\n      rejectedAt\n    }\n  }\n": types.AdminRejectOrganizationDocument,
    "\n  query AdminPendingApprovals {\n    pendingApprovals {\n      officials {\n        id\n        name\n        email\n        createdAt\n      }\n      organizations {\n        id\n        name\n        legalForm\n        nip\n        krs\n        district\n        address\n        email\n        phone\n        website\n        description\n        createdAt\n        applicant {\n          name\n          email\n        }\n      }\n      memberships {\n        id\n        createdAt\n        user {\n          name\n          email\n        }\n        organization {\n          name\n          verified\n        }\n      }\n    }\n  }\n": types.AdminPendingApprovalsDocument,
    "\n  query AdminAuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        action\n        entityType\n        entityId\n        data\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query ProgrammeFiguresDetailPage($period: FiguresPeriod) {\n    programmeFiguresDetail(period: $period) {\n      premisesByMonth { month offered rented totalAreaM2 }\n      trainings { id title kind startsAt endsAt seats registered waitlisted attended officials pes residents }\n      trainingsByMonth { month held seats registered attended }\n      demandsByCategory { category demands withSocialClause offers awarded }\n      organizationsByDistrict { district count verified }\n      subscribersByMonth { month confirmed unsubscribed total }\n      noticesByKind { kind total available reserved handedOver closed }\n      demandsWithoutOffer { id title category deadline clauseType }\n    }\n  }\n": types.ProgrammeFiguresDetailPageDocument,
    "\n  query AdminNewsPost($id: ID!) {\n    newsPostById(id: $id) {\n      id slug status isLive hasUnpublishedChanges publishedAt\n      draft { title body category lead coverImageUrl }\n    }\n    newsRevisions(postId: $id) { id title kind authorName createdAt }\n  }\n": types.AdminNewsPostDocument,
    "mutation CreateNewsPost($input: NewsPostInput!) { createNewsPost(input: $input) { id slug status } }": types.CreateNewsPostDocument,
    "\n  mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {\n    updateNewsPost(id: $id, input: $input) { id status hasUnpublishedChanges updatedAt }\n  }\n": types.UpdateNewsPostDocument,
    "mutation PublishNewsPost($id: ID!, $at: DateTime) { publishNewsPost(id: $id, at: $at) { id status publishedAt } }": types.PublishNewsPostDocument,
    "mutation UnpublishNewsPost($id: ID!) { unpublishNewsPost(id: $id) { id status } }": types.UnpublishNewsPostDocument,
    "mutation ArchiveNewsPost($id: ID!) { archiveNewsPost(id: $id) { id status } }": types.ArchiveNewsPostDocument,
    "\n  query RenderNewsPreview($body: String!) {\n    renderNewsPreview(body: $body)\n  }\n": types.RenderNewsPreviewDocument,
    "mutation RestoreNewsRevision($revisionId: ID!) { restoreNewsRevision(revisionId: $revisionId) { id } }": types.RestoreNewsRevisionDocument,
    "\n  query NewsRevisionDiff($fromId: ID!, $toId: ID!) {\n    newsRevisionDiff(fromId: $fromId, toId: $toId) { value added removed }\n  }\n": types.NewsRevisionDiffDocument,
    "\n  mutation RestoreProgrammePageRevision($revisionId: ID!) {\n    restoreProgrammePageRevision(revisionId: $revisionId) { key }\n  }\n": types.RestoreProgrammePageRevisionDocument,
    "\n  query ProgrammePageRevisionDiff($fromId: ID!, $toId: ID!) {\n    programmePageRevisionDiff(fromId: $fromId, toId: $toId) { value added removed }\n  }\n": types.ProgrammePageRevisionDiffDocument,
    "\n  query AdminNewsletterIssue($id: ID!) {\n    newsletterIssue(id: $id) { id subject intro subjectEn introEn status sentAt recipientCount postIds }\n    previewNewsletterIssue(id: $id) { subject text html }\n    previewEn: previewNewsletterIssue(id: $id, locale: \"en\") { subject html }\n    newsPosts(first: 50) { edges { node { id title } } }\n  }\n": types.AdminNewsletterIssueDocument,
    "mutation CreateNewsletterIssue($input: NewsletterIssueInput!) { createNewsletterIssue(input: $input) { id } }": types.CreateNewsletterIssueDocument,
    "\n  mutation UpdateNewsletterIssue($id: ID!, $input: NewsletterIssueInput!) {\n    updateNewsletterIssue(id: $id, input: $input) { id }\n  }\n": types.UpdateNewsletterIssueDocument,
    "\n  query AdminNewsletter {\n    newsletterIssues(includeDrafts: true, first: 100) { id subject status sentAt recipientCount createdAt }\n    newsletterStats { pending confirmed unsubscribed }\n    newsPosts(first: 50) { edges { node { id title } } }\n  }\n": types.AdminNewsletterDocument,
    "mutation SendNewsletterIssueTest($id: ID!) { sendNewsletterIssueTest(id: $id) }": types.SendNewsletterIssueTestDocument,
    "mutation SendNewsletterIssue($id: ID!) { sendNewsletterIssue(id: $id) { id status recipientCount } }": types.SendNewsletterIssueDocument,
    "\n  query AdminNewsList($after: String) {\n    newsPosts(first: 25, after: $after, includeUnpublished: true) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id slug title status isLive hasUnpublishedChanges publishedAt updatedAt category } }\n    }\n  }\n": types.AdminNewsListDocument,
    "\n  query AdminProgrammePartners {\n    programmePartners { id name url description logoUrl }\n  }\n": types.AdminProgrammePartnersDocument,
    "mutation CreateProgrammePartner($input: ProgrammePartnerInput!) { createProgrammePartner(input: $input) { id } }": types.CreateProgrammePartnerDocument,
    "\n  mutation UpdateProgrammePartner($id: ID!, $input: ProgrammePartnerInput!) {\n    updateProgrammePartner(id: $id, input: $input) { id }\n  }\n": types.UpdateProgrammePartnerDocument,
    "\n  mutation ReorderProgrammePartners($ids: [ID!]!) {\n    reorderProgrammePartners(ids: $ids) { id position }\n  }\n": types.ReorderProgrammePartnersDocument,
    "\n  mutation DeleteProgrammePartner($id: ID!) {\n    deleteProgrammePartner(id: $id)\n  }\n": types.DeleteProgrammePartnerDocument,
    "\n  query AdminProgrammePage($key: String!) {\n    programmePage(key: $key) { key title publishedAt hasUnpublishedChanges draft { title body titleEn bodyEn } }\n    programmePageRevisions(key: $key) { id title kind authorName createdAt }\n  }\n": types.AdminProgrammePageDocument,
    "\n  query AdminProgrammePages {\n    programmePages { key title updatedAt hasUnpublishedChanges draft { title } }\n    programmePartners { id }\n  }\n": types.AdminProgrammePagesDocument,
    "\n  mutation UpdateProgrammePage($key: String!, $input: ProgrammePageInput!) {\n    updateProgrammePage(key: $key, input: $input) { key title hasUnpublishedChanges updatedAt }\n  }\n": types.UpdateProgrammePageDocument,
    "\n  mutation PublishProgrammePage($key: String!) {\n    publishProgrammePage(key: $key) { key title publishedAt hasUnpublishedChanges }\n  }\n": types.PublishProgrammePageDocument,
    "\n  mutation DiscardProgrammePageDraft($key: String!) {\n    discardProgrammePageDraft(key: $key) { key hasUnpublishedChanges }\n  }\n": types.DiscardProgrammePageDraftDocument,
    "\n  query AdminOutbox($first: Int!, $offset: Int!, $to: String) {\n    outbox(first: $first, offset: $offset, to: $to) {\n      total\n      items {\n        id\n        to\n        subject\n        text\n        status\n        template\n        createdAt\n        sentAt\n        lastError\n      }\n    }\n  }\n": types.AdminOutboxDocument,
    "\n  query AdminEditPremises($id: ID!) {\n    premises(id: $id) {\n      ...PremisesFields\n      photos {\n        id\n        thumbUrl\n        alt\n      }\n    }\n  }\n": types.AdminEditPremisesDocument,
    "mutation AdminDeletePremises($id: ID!) { deletePremises(id: $id) }": types.AdminDeletePremisesDocument,
    "\n  query AdminPremisesEnquiries($all: Boolean) {\n    premisesEnquiries(all: $all, first: 100) {\n      id\n      message\n      createdAt\n      status\n      reply\n      repliedAt\n      repliedByName\n      canReply\n      premises {\n        id\n        address\n        district\n      }\n      sender {\n        name\n        email\n      }\n      organization {\n        name\n      }\n    }\n  }\n": types.AdminPremisesEnquiriesDocument,
    "\n  mutation ReplyToPremisesEnquiry($id: ID!, $message: String!) {\n    replyToPremisesEnquiry(id: $id, message: $message) { id status }\n  }\n": types.ReplyToPremisesEnquiryDocument,
    "\n  mutation MarkPremisesEnquiryHandled($id: ID!) {\n    markPremisesEnquiryHandled(id: $id) { id status }\n  }\n": types.MarkPremisesEnquiryHandledDocument,
    "\n  mutation ImportPremisesCsv($csv: String!, $dryRun: Boolean) {\n    importPremisesCsv(csv: $csv, dryRun: $dryRun) {\n      ok\n      imported\n      created\n      updated\n      unknownColumns\n      rows {\n        line\n        action\n        address\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n": types.ImportPremisesCsvDocument,
    "\n  query AdminPremisesList($filter: PremisesFilter, $after: String) {\n    premisesSearch(filter: $filter, orderBy: NEWEST, first: 50, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          id\n          code\n          address\n          district\n          areaM2\n          monthlyRent\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n": types.AdminPremisesListDocument,
    "mutation DeletePremisesPhoto($id: ID!) { deletePremisesPhoto(id: $id) }": types.DeletePremisesPhotoDocument,
    "\n  mutation ReorderPremisesPhotos($premisesId: ID!, $photoIds: [ID!]!) {\n    reorderPremisesPhotos(premisesId: $premisesId, photoIds: $photoIds) {\n      id\n    }\n  }\n": types.ReorderPremisesPhotosDocument,
    "mutation AdminCreatePremises($input: PremisesInput!) { createPremises(input: $input) { id } }": types.AdminCreatePremisesDocument,
    "mutation AdminUpdatePremises($id: ID!, $input: PremisesInput!) { updatePremises(id: $id, input: $input) { id } }": types.AdminUpdatePremisesDocument,
    "\n  mutation MarkAttendance($id: ID!, $attended: Boolean!) {\n    markAttendance(registrationId: $id, attended: $attended) {\n      id\n      attended\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  mutation CheckInByCode($trainingId: ID!, $code: String!) {\n    checkInByCode(trainingId: $trainingId, code: $code) {\n      id\n      attended\n      attendeeName\n      user {\n        name\n      }\n    }\n  }\n": types.CheckInByCodeDocument,
    "\n  query AdminTrainingCheckIn($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      startsAt\n      venue\n    }\n    trainingRegistrations(trainingId: $id, status: CONFIRMED) {\n      id\n      attended\n      attendeeName\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.AdminTrainingCheckInDocument,
    "\n  query EditTrainingPage($id: ID!) {\n    training(id: $id) {\n      ...TrainingFields\n      officialsQuota\n      pesQuota\n      residentsQuota\n    }\n  }\n": types.EditTrainingPageDocument,
    "\n  mutation InviteToTraining($trainingId: ID!, $input: TrainingInvitationInput!) {\n    inviteToTraining(trainingId: $trainingId, input: $input) {\n      invited\n      skipped\n    }\n  }\n": types.InviteToTrainingDocument,
    "\n  mutation AddTrainingMaterialLink($trainingId: ID!, $input: TrainingMaterialInput!) {\n    addTrainingMaterial(trainingId: $trainingId, input: $input) {\n      id\n    }\n  }\n": types.AddTrainingMaterialLinkDocument,
    "mutation DeleteTrainingMaterial($id: ID!) { deleteTrainingMaterial(id: $id) }": types.DeleteTrainingMaterialDocument,
    "\n  query AdminTrainingOrganise($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      questions {\n        ...TrainingQuestionFields\n      }\n      materials {\n        ...TrainingMaterialLink\n        public\n      }\n    }\n    trainingInvitations(trainingId: $id) {\n      email\n      organizationName\n      createdAt\n    }\n    organizationActivities\n    trainingFeedbackSummary(trainingId: $id) {\n      responses\n      averageRating\n      ratingCounts\n      useful\n      improve\n    }\n  }\n": types.AdminTrainingOrganiseDocument,
    "\n  mutation SetTrainingQuestions($trainingId: ID!, $questions: [TrainingQuestionInput!]!) {\n    setTrainingQuestions(trainingId: $trainingId, questions: $questions) {\n      id\n    }\n  }\n": types.SetTrainingQuestionsDocument,
    "\n  mutation EmailTrainingRegistrants($trainingId: ID!, $subject: String!, $body: String!) {\n    emailTrainingRegistrants(trainingId: $trainingId, subject: $subject, body: $body)\n  }\n": types.EmailTrainingRegistrantsDocument,
    "\n  query AdminTrainingRegistrations($id: ID!) {\n    training(id: $id) {\n      ...TrainingFillFields\n    }\n    trainingRegistrations(trainingId: $id) {\n      id\n      status\n      audience\n      registeredAt\n      attended\n      waitlistPosition\n      dietaryNeeds\n      accessibilityNeeds\n      attendeeName\n      attendeeEmail\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.AdminTrainingRegistrationsDocument,
    "mutation CancelTrainingButton($id: ID!, $reason: String) { cancelTraining(id: $id, reason: $reason) { id cancelledAt } }": types.CancelTrainingButtonDocument,
    "\n  query AdminTrainingsPage($first: Int, $after: String, $upcoming: Boolean) {\n    trainings(first: $first, after: $after, upcoming: $upcoming) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          ...TrainingFillFields\n          kind\n          cancelledAt\n        }\n      }\n    }\n  }\n": types.AdminTrainingsPageDocument,
    "mutation CreateTrainingForm($input: TrainingInput!) { createTraining(input: $input) { id } }": types.CreateTrainingFormDocument,
    "mutation UpdateTrainingForm($id: ID!, $input: TrainingInput!) { updateTraining(id: $id, input: $input) { id } }": types.UpdateTrainingFormDocument,
    "\n  query AdminUsers($search: String!, $first: Int!, $offset: Int!) {\n    users(search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        name\n        email\n        role\n        accountType\n        approvalStatus\n        createdAt\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "mutation AdminSetUserRole($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id role } }": types.AdminSetUserRoleDocument,
    "\n  query AdminWaitingSummary {\n    waitingForMe { enquiries approvals demandsToDecide bookingRequests itemRequests extensionRequests total }\n  }\n": types.AdminWaitingSummaryDocument,
    "query PendingApprovalCount { pendingApprovalCount }": types.PendingApprovalCountDocument,
    "\n  mutation FollowThing($kind: FollowKind!, $value: String!) {\n    follow(kind: $kind, value: $value) { kind value }\n  }\n": types.FollowThingDocument,
    "\n  mutation UnfollowThing($kind: FollowKind!, $value: String!) {\n    unfollow(kind: $kind, value: $value) { kind value }\n  }\n": types.UnfollowThingDocument,
    "\n  query MyFollowsForButtons {\n    myFollows { kind value }\n  }\n": types.MyFollowsForButtonsDocument,
    "query HeaderUnreadNotifications { unreadNotificationCount }": types.HeaderUnreadNotificationsDocument,
    "\n  query SearchSuggestions($query: String!) {\n    search(query: $query, first: 6) { edges { node { kind id title url } } }\n  }\n": types.SearchSuggestionsDocument,
    "mutation AcceptTerms($version: String!) { acceptTerms(version: $version) { mustAccept } }": types.AcceptTermsDocument,
    "\n  query TermsStatus {\n    termsStatus {\n      currentVersion\n      acceptedVersion\n      mustAccept\n    }\n  }\n": types.TermsStatusDocument,
    "\n  query HeaderWaitingForMe {\n    waitingForMe { total bookingRequests itemRequests extensionRequests }\n  }\n": types.HeaderWaitingForMeDocument,
    "\n  fragment NextPage on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.NextPageFragmentDoc,
    "\n  query MarketplaceAttachmentDownload($id: ID!) {\n    marketplaceAttachment(id: $id) {\n      id\n      fileName\n      contentType\n      sealed\n      fileKey\n    }\n  }\n": types.MarketplaceAttachmentDownloadDocument,
    "\n  query MarketplaceMyBookings {\n    myBookings {\n      id status from to handedOverAt receivedAt returnedAt returnCondition returnNote overdue\n      extensionTo extensionRefusedAt extensionRefusalReason notice { id title }\n    }\n    bookingRequestsForMe { id from to message createdAt borrower { name } notice { id title } }\n  }\n": types.MarketplaceMyBookingsDocument,
    "\n  mutation AddDemandAttachment($demandId: ID!, $key: String!, $fileName: String) {\n    addDemandAttachment(demandId: $demandId, key: $key, fileName: $fileName) {\n      ...UploadedAttachment\n    }\n  }\n": types.AddDemandAttachmentDocument,
    "\n  mutation SetOfferAttachment($demandId: ID!, $key: String!, $fileName: String) {\n    setOfferAttachment(demandId: $demandId, key: $key, fileName: $fileName) {\n      ...UploadedAttachment\n    }\n  }\n": types.SetOfferAttachmentDocument,
    "\n  query MarketplaceDemand($id: ID!) {\n    demand(id: $id) {\n      id\n      kind\n      title\n      description\n      category\n      deadline\n      budget\n      socialClause\n      clauseType\n      cpvCode\n      status\n      decidedAt\n      award { price awardedAt organization { name slug } }\n      questions { id question answer answeredAt createdAt askedByViewer }\n      amendments { id note descriptionChanged previousDeadline newDeadline createdAt }\n      acceptingOffers\n      viewerManages\n      offerCount\n      offers { id price message awarded updatedAt organization { name slug } attachment { id fileName size url } }\n      myOffer { id price message awarded attachment { id fileName size url } }\n      attachments { id fileName size url }\n    }\n  }\n": types.MarketplaceDemandDocument,
    "mutation AmendDemand($id: ID!, $input: DemandAmendmentInput!) { amendDemand(id: $id, input: $input) { id } }": types.AmendDemandDocument,
    "mutation AwardOffer($offerId: ID!) { awardOffer(offerId: $offerId) { id status } }": types.AwardOfferDocument,
    "mutation CloseDemand($id: ID!) { closeDemand(id: $id) { id status } }": types.CloseDemandDocument,
    "\n  mutation CreateDemand($input: DemandInput!) {\n    createDemand(input: $input) {\n      id\n    }\n  }\n": types.CreateDemandDocument,
    "\n  mutation SubmitOffer($demandId: ID!, $input: OfferInput!) {\n    submitOffer(demandId: $demandId, input: $input) {\n      id\n      price\n      message\n    }\n  }\n": types.SubmitOfferDocument,
    "mutation WithdrawOffer($demandId: ID!) { withdrawOffer(demandId: $demandId) }": types.WithdrawOfferDocument,
    "mutation AskDemandQuestion($demandId: ID!, $question: String!) { askDemandQuestion(demandId: $demandId, question: $question) { id } }": types.AskDemandQuestionDocument,
    "mutation AnswerDemandQuestion($questionId: ID!, $answer: String!) { answerDemandQuestion(questionId: $questionId, answer: $answer) { id answer } }": types.AnswerDemandQuestionDocument,
    "mutation SubscribeDemandCategory($c: String!) { subscribeToDemandCategory(category: $c) }": types.SubscribeDemandCategoryDocument,
    "mutation UnsubscribeDemandCategory($c: String!) { unsubscribeFromDemandCategory(category: $c) }": types.UnsubscribeDemandCategoryDocument,
    "\n  query MarketplaceDemandSubscriptions {\n    myDemandSubscriptions\n    demandCategories\n  }\n": types.MarketplaceDemandSubscriptionsDocument,
    "\n  query MarketplaceNoticeEdit($id: ID!) {\n    equipmentNotice(id: $id) {\n      id kind title description category condition conditionNote district expiresAt viewerIsOwner estimatedValue deposit pickupPlace pickupHours loanNotes\n      photos { id thumbUrl alt }\n    }\n  }\n": types.MarketplaceNoticeEditDocument,
    "\n  query MarketplaceNotice($id: ID!) {\n    equipmentNotice(id: $id) {\n      id\n      kind\n      title\n      description\n      status\n      district\n      category\n      condition\n      conditionNote\n      expiresAt\n      createdAt\n      viewerIsOwner\n      deposit\n      estimatedValue\n      pickupPlace\n      pickupHours\n      loanNotes\n      organization { name slug }\n      photos { id url thumbUrl alt width height }\n      bookedPeriods { from to }\n      bookings {\n        id status from to message handedOverAt receivedAt returnedAt returnCondition returnNote overdue\n        extensionTo extensionRefusedAt extensionRefusalReason borrower { name email }\n      }\n      itemRequests { id status message createdAt handedOverAt handoverNote requester { name email } }\n      viewerBookings {\n        id status from to handedOverAt receivedAt returnedAt returnCondition returnNote overdue\n        extensionTo extensionRefusedAt extensionRefusalReason\n      }\n      viewerItemRequests { id status createdAt handedOverAt handoverNote }\n    }\n  }\n": types.MarketplaceNoticeDocument,
    "\n  mutation AddEquipmentNoticePhoto($noticeId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {\n    addEquipmentNoticePhoto(noticeId: $noticeId, key: $key, width: $width, height: $height, alt: $alt) {\n      ...UploadedMarketplacePhoto\n    }\n  }\n": types.AddEquipmentNoticePhotoDocument,
    "mutation ApproveBooking($id: ID!) { approveBooking(id: $id) { id status } }": types.ApproveBookingDocument,
    "mutation RejectBooking($id: ID!) { rejectBooking(id: $id) { id status } }": types.RejectBookingDocument,
    "mutation CancelBooking($id: ID!) { cancelBooking(id: $id) { id status } }": types.CancelBookingDocument,
    "mutation SetEquipmentNoticeStatus($id: ID!, $status: String!) { setEquipmentNoticeStatus(id: $id, status: $status) { id status } }": types.SetEquipmentNoticeStatusDocument,
    "\n  mutation RequestBooking($noticeId: ID!, $from: Date!, $to: Date!, $message: String) {\n    requestBooking(noticeId: $noticeId, from: $from, to: $to, message: $message) {\n      id\n      status\n      from\n      to\n    }\n  }\n": types.RequestBookingDocument,
    "mutation RecordBookingHandover($id: ID!) { recordBookingHandover(id: $id) { id status handedOverAt } }": types.RecordBookingHandoverDocument,
    "\n  mutation ReturnBookingWithRecord($id: ID!, $condition: String, $note: String) {\n    returnBooking(id: $id, condition: $condition, note: $note) { id status returnedAt returnCondition returnNote }\n  }\n": types.ReturnBookingWithRecordDocument,
    "mutation RecordItemHandover($id: ID!, $note: String) { recordItemHandover(id: $id, note: $note) { id handedOverAt } }": types.RecordItemHandoverDocument,
    "mutation RequestItem($id: ID!, $m: String!) { requestItem(noticeId: $id, message: $m) { id status } }": types.RequestItemDocument,
    "mutation AcceptItemRequest($id: ID!) { acceptItemRequest(id: $id) { id status } }": types.AcceptItemRequestDocument,
    "mutation DeclineItemRequest($id: ID!) { declineItemRequest(id: $id) { id status } }": types.DeclineItemRequestDocument,
    "mutation RequestBookingExtension($id: ID!, $to: Date!) { requestBookingExtension(id: $id, to: $to) { id extensionTo } }": types.RequestBookingExtensionDocument,
    "mutation ApproveBookingExtension($id: ID!) { approveBookingExtension(id: $id) { id to extensionTo } }": types.ApproveBookingExtensionDocument,
    "mutation RefuseBookingExtension($id: ID!, $reason: String) { refuseBookingExtension(id: $id, reason: $reason) { id extensionTo } }": types.RefuseBookingExtensionDocument,
    "mutation ConfirmBookingReceipt($id: ID!) { confirmBookingReceipt(id: $id) { id receivedAt } }": types.ConfirmBookingReceiptDocument,
    "\n  mutation UpdateEquipmentNotice($id: ID!, $input: EquipmentNoticeInput!) {\n    updateEquipmentNotice(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateEquipmentNoticeDocument,
    "\n  mutation CreateEquipmentNotice($input: EquipmentNoticeInput!) {\n    createEquipmentNotice(input: $input) {\n      id\n    }\n  }\n": types.CreateEquipmentNoticeDocument,
    "\n  fragment ProductFields on Product {\n    id\n    name\n    category\n    description\n    priceFrom\n    priceTo\n    unit\n    areaServed\n    socialClauseSuitable\n  }\n": types.ProductFieldsFragmentDoc,
    "mutation DeleteDemandAttachment($id: ID!) { deleteDemandAttachment(id: $id) }": types.DeleteDemandAttachmentDocument,
    "mutation RemoveOfferAttachment($demandId: ID!) { removeOfferAttachment(demandId: $demandId) }": types.RemoveOfferAttachmentDocument,
    "mutation RemoveLettingApplicationDocument($id: ID!) { removeLettingApplicationDocument(id: $id) }": types.RemoveLettingApplicationDocumentDocument,
    "\n  fragment UploadedMarketplacePhoto on MarketplacePhoto {\n    id\n    url\n    thumbUrl\n    alt\n  }\n": types.UploadedMarketplacePhotoFragmentDoc,
    "\n  fragment UploadedAttachment on Attachment {\n    id\n    fileName\n    url\n  }\n": types.UploadedAttachmentFragmentDoc,
    "mutation UpdateMarketplacePhoto($id: ID!, $alt: String) { updateMarketplacePhoto(id: $id, alt: $alt) { id alt } }": types.UpdateMarketplacePhotoDocument,
    "mutation DeleteMarketplacePhoto($id: ID!) { deleteMarketplacePhoto(id: $id) }": types.DeleteMarketplacePhotoDocument,
    "mutation ReorderMarketplacePhotos($photoIds: [ID!]!) { reorderMarketplacePhotos(photoIds: $photoIds) { id } }": types.ReorderMarketplacePhotosDocument,
    "\n  query MarketplaceNotices($filter: EquipmentNoticeFilter, $first: Int, $after: String) {\n    equipmentNotices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id kind title description status district category condition organization { name slug } coverPhoto { thumbUrl } } }\n    }\n  }\n": types.MarketplaceNoticesDocument,
    "\n  query MarketplaceProducts($filter: ProductFilter, $first: Int, $after: String) {\n    products(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { ...ProductFields organization { name slug } coverPhoto { thumbUrl } } }\n    }\n  }\n": types.MarketplaceProductsDocument,
    "\n  query MarketplaceDemands($filter: DemandFilter, $first: Int, $after: String) {\n    demands(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id kind title category deadline budget socialClause status acceptingOffers } }\n    }\n  }\n": types.MarketplaceDemandsDocument,
    "\n  query MarketplaceProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n      organization { name slug viewerIsMember }\n      photos { id url thumbUrl alt width height }\n    }\n  }\n": types.MarketplaceProductDocument,
    "\n  mutation AddProductPhoto($productId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {\n    addProductPhoto(productId: $productId, key: $key, width: $width, height: $height, alt: $alt) {\n      ...UploadedMarketplacePhoto\n    }\n  }\n": types.AddProductPhotoDocument,
    "mutation DeleteProduct($id: ID!) { deleteProduct(id: $id) }": types.DeleteProductDocument,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      id\n      organization { slug }\n    }\n  }\n": types.CreateProductDocument,
    "\n  query NewsArticle($slug: String!) {\n    newsPost(slug: $slug) { id slug title lead bodyHtml status isLive publishedAt updatedAt category coverImageUrl authorName }\n  }\n": types.NewsArticleDocument,
    "\n  query NewsList($first: Int, $after: String, $category: String, $year: Int, $month: Int) {\n    newsPosts(first: $first, after: $after, category: $category, year: $year, month: $month) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id slug title lead publishedAt category coverImageUrl } }\n    }\n    newsCategories { code count }\n    newsArchive { year month count }\n  }\n": types.NewsListDocument,
    "\n  query NewsletterIssuePage($id: ID!) {\n    newsletterIssue(id: $id) { id subject intro sentAt status posts { id slug title lead bodyHtml } }\n  }\n": types.NewsletterIssuePageDocument,
    "\n  query NewsletterArchive {\n    newsletterIssues(first: 100) { id subject intro sentAt posts { id title } }\n  }\n": types.NewsletterArchiveDocument,
    "\n  mutation SubscribeToNewsletter($email: String!, $consent: Boolean!, $locale: String) {\n    subscribeToNewsletter(email: $email, consent: $consent, locale: $locale)\n  }\n": types.SubscribeToNewsletterDocument,
    "mutation ConfirmNewsletterSubscription($token: String!) { confirmNewsletterSubscription(token: $token) }": types.ConfirmNewsletterSubscriptionDocument,
    "mutation UnsubscribeFromNewsletter($token: String!) { unsubscribeFromNewsletter(token: $token) }": types.UnsubscribeFromNewsletterDocument,
    "mutation UnsubscribeFromNotifications($token: String!) { unsubscribeFromNotifications(token: $token) }": types.UnsubscribeFromNotificationsDocument,
    "\n  mutation SetOrganizationLogo($organizationId: ID!, $key: String!) {\n    setOrganizationLogo(organizationId: $organizationId, key: $key) { id logoUrl hasUploadedLogo }\n  }\n": types.SetOrganizationLogoDocument,
    "\n  mutation RemoveOrganizationLogo($organizationId: ID!) {\n    removeOrganizationLogo(organizationId: $organizationId) {\n      id\n      hasUploadedLogo\n    }\n  }\n": types.RemoveOrganizationLogoDocument,
    "\n  query OrganizationProfileEdit($slug: String!) {\n    organization(slug: $slug) {\n      ...OrganizationProfileFields\n      externalLogoUrl hasUploadedLogo\n    }\n  }\n": types.OrganizationProfileEditDocument,
    "\n  mutation UpdateOrganizationProfile($id: ID!, $input: OrganizationProfileInput!) {\n    updateOrganizationProfile(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": types.UpdateOrganizationProfileDocument,
    "\n  query OrganizationProfile($slug: String!) {\n    organization(slug: $slug) {\n      ...OrganizationProfileFields\n      verified\n      certifications { name validFrom validTo }\n      products { ...ProductFields coverPhoto { thumbUrl } }\n      equipmentNotices { id kind title district status }\n      members { id name role title }\n    }\n  }\n": types.OrganizationProfileDocument,
    "\n  mutation DecideOrganizationMembership($id: ID!, $accept: Boolean!) {\n    decideOrganizationMembership(id: $id, accept: $accept) {\n      id\n      status\n    }\n  }\n": types.DecideOrganizationMembershipDocument,
    "\n  fragment OrganizationProfileFields on Organization {\n    id\n    name\n    slug\n    legalForm\n    krs\n    nip\n    address\n    district\n    description\n    email\n    phone\n    website\n    logoUrl\n    activities\n    viewerIsMember\n  }\n": types.OrganizationProfileFieldsFragmentDoc,
    "\n  query OrganizationsDirectory($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id name slug legalForm district verified activities description } }\n    }\n    organizationActivities\n  }\n": types.OrganizationsDirectoryDocument,
    "\n  mutation SendPremisesEnquiry($premisesId: ID!, $message: String!) {\n    sendPremisesEnquiry(premisesId: $premisesId, message: $message) {\n      id\n    }\n  }\n": types.SendPremisesEnquiryDocument,
    "\n  mutation ApplyToPremisesLettingRound($input: PremisesLettingApplicationInput!) {\n    applyToPremisesLettingRound(input: $input) { id }\n  }\n": types.ApplyToPremisesLettingRoundDocument,
    "mutation OpenPremisesLettingRound($input: PremisesLettingRoundInput!) { openPremisesLettingRound(input: $input) { id } }": types.OpenPremisesLettingRoundDocument,
    "\n  mutation AwardPremisesLettingRound($roundId: ID!, $applicationId: ID!) {\n    awardPremisesLettingRound(roundId: $roundId, applicationId: $applicationId) { id }\n  }\n": types.AwardPremisesLettingRoundDocument,
    "mutation ClosePremisesLettingRound($roundId: ID!) { closePremisesLettingRound(roundId: $roundId) { id } }": types.ClosePremisesLettingRoundDocument,
    "mutation MarkPremisesRented($premisesId: ID!) { markPremisesRented(premisesId: $premisesId) { id } }": types.MarkPremisesRentedDocument,
    "\n  query PremisesDetails($id: ID!) {\n    premises(id: $id) {\n      ...PremisesFields\n      rentPerM2\n      enquiryRecipient\n      ownerId\n      createdAt\n      updatedAt\n      photos {\n        ...PremisesPhotoFields\n      }\n    }\n  }\n": types.PremisesDetailsDocument,
    "\n  query PremisesViewingsLetting($id: ID!) {\n    premisesViewingSlots(premisesId: $id) { id startsAt endsAt place capacity bookedCount bookedByMe }\n    premisesLettingRounds(premisesId: $id) {\n      id status deadline minimumRent permittedUse preferentialRent documents acceptsApplications\n      result { organizationName rent decidedAt }\n      applications { id proposedRent intendedUse organization { name } documents { id fileName size url } }\n    }\n  }\n": types.PremisesViewingsLettingDocument,
    "\n  query PremisesViewingBookingsList($id: ID!) {\n    premisesViewingBookings(premisesId: $id) { id slotId personName personEmail organization { name } }\n  }\n": types.PremisesViewingBookingsListDocument,
    "\n  query PremisesMyEnquiries($id: ID!) {\n    myPremisesEnquiries(premisesId: $id) { id status createdAt reply repliedAt repliedByName }\n  }\n": types.PremisesMyEnquiriesDocument,
    "\n  mutation AddPremisesPhoto($premisesId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {\n    addPremisesPhoto(premisesId: $premisesId, key: $key, width: $width, height: $height, alt: $alt) {\n      ...PremisesPhotoFields\n    }\n  }\n": types.AddPremisesPhotoDocument,
    "mutation BookPremisesViewing($slotId: ID!) { bookPremisesViewing(slotId: $slotId) { id } }": types.BookPremisesViewingDocument,
    "\n  mutation CreatePremisesViewingSlot($input: PremisesViewingSlotInput!) {\n    createPremisesViewingSlot(input: $input) { id }\n  }\n": types.CreatePremisesViewingSlotDocument,
    "mutation UnsubscribePremisesSearch($token: String!) { unsubscribePremisesSearch(token: $token) }": types.UnsubscribePremisesSearchDocument,
    "\n  query PremisesExport($filter: PremisesFilter, $orderBy: PremisesOrder) {\n    premisesCsv(filter: $filter, orderBy: $orderBy, limit: 5000)\n  }\n": types.PremisesExportDocument,
    "\n  fragment PremisesFields on Premises {\n    id\n    code\n    address\n    district\n    latitude\n    longitude\n    floor\n    areaM2\n    stepFree\n    condition\n    conditionNote\n    utilities\n    utilitiesNote\n    description\n    status\n    availableFrom\n    permittedUse\n    monthlyRent\n    preferentialRent\n    administrator\n    contactName\n    contactPhone\n    contactEmail\n  }\n": types.PremisesFieldsFragmentDoc,
    "\n  fragment PremisesPhotoFields on PremisesPhoto {\n    id\n    url\n    thumbUrl\n    width\n    height\n    alt\n  }\n": types.PremisesPhotoFieldsFragmentDoc,
    "\n  mutation AddLettingApplicationDocument($roundId: ID!, $key: String!, $fileName: String) {\n    addLettingApplicationDocument(roundId: $roundId, key: $key, fileName: $fileName) {\n      ...UploadedAttachment\n    }\n  }\n": types.AddLettingApplicationDocumentDocument,
    "\n  query PremisesCount($filter: PremisesFilter) {\n    premisesFacets(filter: $filter) {\n      totalCount\n    }\n  }\n": types.PremisesCountDocument,
    "\n  query PremisesSearchPage($filter: PremisesFilter, $orderBy: PremisesOrder, $first: Int, $after: String) {\n    premisesSearch(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          id\n          address\n          district\n          areaM2\n          monthlyRent\n          rentPerM2\n          status\n          stepFree\n          preferentialRent\n          floor\n          latitude\n          longitude\n          photos {\n            thumbUrl\n            alt\n          }\n        }\n      }\n    }\n    premisesFacets(filter: $filter) {\n      totalCount\n      districts {\n        district\n        count\n      }\n      areaMin\n      areaMax\n      rentMin\n      rentMax\n      rentHistogram {\n        from\n        to\n        count\n      }\n    }\n  }\n": types.PremisesSearchPageDocument,
    "\n  query MyPremisesSearches {\n    myPremisesSearches {\n      id\n      name\n      query\n    }\n  }\n": types.MyPremisesSearchesDocument,
    "\n  mutation SavePremisesSearch($name: String!, $filter: PremisesFilter) {\n    savePremisesSearch(name: $name, filter: $filter) {\n      id\n    }\n  }\n": types.SavePremisesSearchDocument,
    "mutation DeletePremisesSearch($id: ID!) { deletePremisesSearch(id: $id) }": types.DeletePremisesSearchDocument,
    "\n  query PremisesSearchMapPoints($filter: PremisesFilter) {\n    premisesMapPoints(filter: $filter) {\n      totalCount\n      truncated\n      points {\n        id\n        latitude\n        longitude\n        title\n      }\n    }\n  }\n": types.PremisesSearchMapPointsDocument,
    "\n  mutation CancelPremisesViewingByToken($token: String!) {\n    cancelPremisesViewingByToken(token: $token) { id cancelledAt }\n  }\n": types.CancelPremisesViewingByTokenDocument,
    "\n  query LegalPage($key: String!) {\n    programmePage(key: $key) {\n      ...PublishedProgrammePage\n    }\n  }\n": types.LegalPageDocument,
    "\n  query ProgrammeFiguresPage($period: FiguresPeriod) {\n    programmeFigures(period: $period) {\n      premises {\n        offered available reserved rented totalAreaM2 meanRentPerM2\n        byDistrict { district offered available reserved rented totalAreaM2 meanRentPerM2 }\n      }\n      trainings { trainingsHeld meetingsHeld seatsOffered registered attended officials pes residents }\n      organizations { total verified byLegalForm { legalForm count verified } }\n      marketplace { noticesByKind { kind count handedOver } products demandsPosted demandsWithSocialClause offersReceived demandsAwarded }\n      newsletter { confirmedSubscribers confirmedByMonth { month count total } }\n      socialValue {\n        year spendWithPes demandsAwarded demandsPosted clauseNone clauseReservedContract clauseEmployment clauseOtherSocial\n        demandsWithoutOffer itemsReused itemsReusedValue loansHandedOver\n      }\n    }\n  }\n": types.ProgrammeFiguresPageDocument,
    "\n  fragment PublishedProgrammePage on ProgrammePage {\n    key\n    title\n    bodyHtml\n    titleEn\n    bodyHtmlEn\n    updatedAt\n  }\n": types.PublishedProgrammePageFragmentDoc,
    "\n  query ProgrammePage {\n    programmePages { ...PublishedProgrammePage draft { title bodyHtml titleEn bodyHtmlEn } }\n    programmePartners { id name url description logoUrl logoWidth logoHeight }\n    newsPosts(first: 5, category: \"MONITORING_TEAM\") { edges { node { id slug title publishedAt } } }\n  }\n": types.ProgrammePageDocument,
    "\n  mutation SetProgrammePartnerLogo($id: ID!, $key: String!, $width: Int!, $height: Int!) {\n    setProgrammePartnerLogo(id: $id, key: $key, width: $width, height: $height) { id logoUrl logoWidth logoHeight }\n  }\n": types.SetProgrammePartnerLogoDocument,
    "\n  query SearchPage($query: String!, $kinds: [SearchKind!], $after: String) {\n    search(query: $query, kinds: $kinds, first: 20, after: $after) {\n      totalCount\n      countsByKind { kind count }\n      pageInfo { ...NextPage }\n      edges { node { kind id title snippet url } }\n    }\n  }\n": types.SearchPageDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignUp(\n    $email: String!\n    $password: String!\n    $name: String!\n    $accountType: AccountType!\n    $acceptTerms: Boolean\n    $locale: String\n  ) {\n    signUp(\n      email: $email\n      password: $password\n      name: $name\n      accountType: $accountType\n      acceptTerms: $acceptTerms\n      locale: $locale\n    ) {\n      id\n      role\n      accountType\n    }\n  }\n": types.SignUpDocument,
    "mutation CancelRegistrationByToken($token: String!) { cancelRegistrationByToken(token: $token) { id status } }": types.CancelRegistrationByTokenDocument,
    "\n  mutation SubmitTrainingFeedback($token: String!, $input: TrainingFeedbackInput!) {\n    submitTrainingFeedback(token: $token, input: $input)\n  }\n": types.SubmitTrainingFeedbackDocument,
    "\n  query TrainingFeedbackPage($token: String!) {\n    trainingFeedbackForm(token: $token) {\n      given\n      attended\n      training {\n        id\n        title\n      }\n    }\n  }\n": types.TrainingFeedbackPageDocument,
    "\n  mutation RegisterGroupForTraining($trainingId: ID!, $attendees: [GroupAttendeeInput!]!) {\n    registerGroupForTraining(trainingId: $trainingId, attendees: $attendees) {\n      id\n      status\n    }\n  }\n": types.RegisterGroupForTrainingDocument,
    "mutation WithdrawGroupMember($id: ID!) { withdrawRegistration(id: $id) { id status } }": types.WithdrawGroupMemberDocument,
    "\n  mutation AddTrainingMaterialFile($trainingId: ID!, $input: TrainingMaterialInput!) {\n    addTrainingMaterial(trainingId: $trainingId, input: $input) {\n      id\n      url\n    }\n  }\n": types.AddTrainingMaterialFileDocument,
    "\n  query TrainingPage($id: ID!) {\n    training(id: $id) {\n      ...TrainingFields\n      online\n      seatsLeft\n      confirmedCount\n      waitlistCount\n      registrationClosedReason\n      seatsByAudience {\n        audience\n        quota\n        confirmedCount\n        seatsLeft\n      }\n      questions {\n        ...TrainingQuestionFields\n      }\n      materials {\n        ...TrainingMaterialLink\n        fileName\n      }\n      myGroup {\n        id\n        attendeeName\n        attendeeEmail\n        status\n      }\n      myRegistration {\n        id\n        status\n        waitlistPosition\n        checkInCode\n        checkInQrSvg\n        attended\n      }\n    }\n  }\n": types.TrainingPageDocument,
    "\n  mutation RegisterForTrainingButton($trainingId: ID!, $answers: RegistrationAnswersInput) {\n    registerForTraining(trainingId: $trainingId, answers: $answers) {\n      id\n      status\n      waitlistPosition\n      checkInCode\n    }\n  }\n": types.RegisterForTrainingButtonDocument,
    "\n  mutation CancelRegistration($trainingId: ID!) {\n    cancelRegistration(trainingId: $trainingId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  fragment TrainingFields on Training {\n    id\n    kind\n    title\n    description\n    topics\n    audience\n    trainers\n    host\n    startsAt\n    endsAt\n    registrationDeadline\n    capacity\n    venue\n    address\n    latitude\n    longitude\n    onlineUrl\n    consentText\n    askDietary\n    askAccessibility\n    cancelledAt\n  }\n": types.TrainingFieldsFragmentDoc,
    "\n  fragment TrainingQuestionFields on TrainingQuestion {\n    id\n    type\n    label\n    help\n    required\n    options\n  }\n": types.TrainingQuestionFieldsFragmentDoc,
    "\n  fragment TrainingMaterialLink on TrainingMaterial {\n    id\n    title\n    url\n    isFile\n  }\n": types.TrainingMaterialLinkFragmentDoc,
    "\n  fragment TrainingFillFields on Training {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    confirmedCount\n    waitlistCount\n  }\n": types.TrainingFillFieldsFragmentDoc,
    "\n  query TrainingMaterialDownload($id: ID!) {\n    trainingMaterial(id: $id) {\n      id\n      public\n      fileName\n      fileKey\n      contentType\n    }\n  }\n": types.TrainingMaterialDownloadDocument,
    "\n  query TrainingsPage($first: Int, $after: String, $upcoming: Boolean, $filter: TrainingFilter) {\n    trainings(first: $first, after: $after, upcoming: $upcoming, filter: $filter) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          id\n          kind\n          title\n          venue\n          startsAt\n          endsAt\n          registrationDeadline\n          capacity\n          seatsLeft\n          waitlistCount\n          audience\n          online\n          topics\n          cancelledAt\n          myRegistration {\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n  }\n": types.TrainingsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessibilityStatement($key: String!) {\n    programmePage(key: $key) { ...PublishedProgrammePage body }\n  }\n"): typeof import('./graphql').AccessibilityStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActivity {\n    waitingForMe { bookingRequests itemRequests enquiries approvals demandsToDecide total }\n    myPremisesEnquiries { id status message reply repliedAt repliedByName createdAt premises { id address district } }\n    myItemRequests { id status createdAt notice { id title } }\n    myBookings { id status from to notice { id title } }\n    bookingRequestsForMe { id from to message createdAt borrower { name } notice { id title } }\n    itemRequestsForMe { id message createdAt requester { name } notice { id title } }\n    extensionRequestsForMe { id to extensionTo borrower { name } notice { id title } }\n    myOrganizationOffers { id price updatedAt awarded demand { id title deadline status } }\n    myPremisesViewingBookings { id cancelledAt slot { id startsAt endsAt place } premises { id address } }\n    myPremisesLettingApplications { id proposedRent createdAt awarded round { id status deadline } premises { id address } }\n    myRegistrations { id status waitlistPosition attended training { id title startsAt endsAt venue cancelledAt } }\n  }\n"): typeof import('./graphql').MyActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApproval {\n    myApproval {\n      kind\n      state\n      reason\n      organizationName\n      since\n    }\n  }\n"): typeof import('./graphql').MyApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(input: { ids: $ids })\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($after: String) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      edges { node { id kind title body link readAt createdAt } }\n      pageInfo { ...NextPage }\n    }\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRegisterOrganization($input: OrganizationRegistrationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      verified\n    }\n  }\n"): typeof import('./graphql').AccountRegisterOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountFindOrganizations($search: String!) {\n    findOrganizations(search: $search, first: 20) {\n      id\n      name\n      verified\n      district\n      legalForm\n    }\n  }\n"): typeof import('./graphql').AccountFindOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRequestMembership($organizationId: ID!) {\n    requestOrganizationMembership(organizationId: $organizationId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AccountRequestMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountUpdateOrganizationMember($id: ID!, $input: OrganizationMemberInput!) {\n    updateOrganizationMember(id: $id, input: $input) { id role title }\n  }\n"): typeof import('./graphql').AccountUpdateOrganizationMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRemoveOrganizationMember($id: ID!) {\n    removeOrganizationMember(id: $id)\n  }\n"): typeof import('./graphql').AccountRemoveOrganizationMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountOrganizationMembership {\n    me {\n      id\n      role\n      membership { id status role organization { id name slug } }\n    }\n  }\n"): typeof import('./graphql').AccountOrganizationMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountOrganizationMembers($id: ID!) {\n    organizationById(id: $id) { id name slug }\n    organizationMembers(organizationId: $id) {\n      id\n      role\n      title\n      user { id name email }\n    }\n  }\n"): typeof import('./graphql').AccountOrganizationMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    me {\n      id\n      email\n      name\n      role\n      accountType\n      approvalStatus\n      membership {\n        id\n        status\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n    organizationJoinRequests {\n      id\n      createdAt\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AccountPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    notificationPreferences { kind delivery }\n    myFollows { kind value label }\n  }\n"): typeof import('./graphql').MyNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(input: { kind: $kind, delivery: $delivery }) { kind delivery }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyPage {\n    me {\n      id\n      email\n      hasPassword\n    }\n  }\n"): typeof import('./graphql').PrivacyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRegistrationsPage {\n    myRegistrations {\n      id\n      status\n      waitlistPosition\n      attended\n      registeredAt\n      training {\n        id\n        title\n        startsAt\n        endsAt\n        venue\n        cancelledAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyRegistrationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityPage {\n    me {\n      id\n      hasPassword\n    }\n  }\n"): typeof import('./graphql').SecurityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): typeof import('./graphql').ResendVerificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailLink($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): typeof import('./graphql').VerifyEmailLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDecideOfficial($userId: ID!, $approve: Boolean!, $reason: String) {\n    decideOfficial(userId: $userId, approve: $approve, reason: $reason) {\n      id\n      role\n      approvalStatus\n    }\n  }\n"): typeof import('./graphql').AdminDecideOfficialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminVerifyOrganization($id: ID!) { verifyOrganization(id: $id, verified: true) { id verified } }"): typeof import('./graphql').AdminVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      id\n      rejectedAt\n    }\n  }\n"): typeof import('./graphql').AdminRejectOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPendingApprovals {\n    pendingApprovals {\n      officials {\n        id\n        name\n        email\n        createdAt\n      }\n      organizations {\n        id\n        name\n        legalForm\n        nip\n        krs\n        district\n        address\n        email\n        phone\n        website\n        description\n        createdAt\n        applicant {\n          name\n          email\n        }\n      }\n      memberships {\n        id\n        createdAt\n        user {\n          name\n          email\n        }\n        organization {\n          name\n          verified\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPendingApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      items {\n        id\n        action\n        entityType\n        entityId\n        data\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeFiguresDetailPage($period: FiguresPeriod) {\n    programmeFiguresDetail(period: $period) {\n      premisesByMonth { month offered rented totalAreaM2 }\n      trainings { id title kind startsAt endsAt seats registered waitlisted attended officials pes residents }\n      trainingsByMonth { month held seats registered attended }\n      demandsByCategory { category demands withSocialClause offers awarded }\n      organizationsByDistrict { district count verified }\n      subscribersByMonth { month confirmed unsubscribed total }\n      noticesByKind { kind total available reserved handedOver closed }\n      demandsWithoutOffer { id title category deadline clauseType }\n    }\n  }\n"): typeof import('./graphql').ProgrammeFiguresDetailPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNewsPost($id: ID!) {\n    newsPostById(id: $id) {\n      id slug status isLive hasUnpublishedChanges publishedAt\n      draft { title body category lead coverImageUrl }\n    }\n    newsRevisions(postId: $id) { id title kind authorName createdAt }\n  }\n"): typeof import('./graphql').AdminNewsPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateNewsPost($input: NewsPostInput!) { createNewsPost(input: $input) { id slug status } }"): typeof import('./graphql').CreateNewsPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {\n    updateNewsPost(id: $id, input: $input) { id status hasUnpublishedChanges updatedAt }\n  }\n"): typeof import('./graphql').UpdateNewsPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishNewsPost($id: ID!, $at: DateTime) { publishNewsPost(id: $id, at: $at) { id status publishedAt } }"): typeof import('./graphql').PublishNewsPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnpublishNewsPost($id: ID!) { unpublishNewsPost(id: $id) { id status } }"): typeof import('./graphql').UnpublishNewsPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveNewsPost($id: ID!) { archiveNewsPost(id: $id) { id status } }"): typeof import('./graphql').ArchiveNewsPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderNewsPreview($body: String!) {\n    renderNewsPreview(body: $body)\n  }\n"): typeof import('./graphql').RenderNewsPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreNewsRevision($revisionId: ID!) { restoreNewsRevision(revisionId: $revisionId) { id } }"): typeof import('./graphql').RestoreNewsRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsRevisionDiff($fromId: ID!, $toId: ID!) {\n    newsRevisionDiff(fromId: $fromId, toId: $toId) { value added removed }\n  }\n"): typeof import('./graphql').NewsRevisionDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreProgrammePageRevision($revisionId: ID!) {\n    restoreProgrammePageRevision(revisionId: $revisionId) { key }\n  }\n"): typeof import('./graphql').RestoreProgrammePageRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePageRevisionDiff($fromId: ID!, $toId: ID!) {\n    programmePageRevisionDiff(fromId: $fromId, toId: $toId) { value added removed }\n  }\n"): typeof import('./graphql').ProgrammePageRevisionDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNewsletterIssue($id: ID!) {\n    newsletterIssue(id: $id) { id subject intro subjectEn introEn status sentAt recipientCount postIds }\n    previewNewsletterIssue(id: $id) { subject text html }\n    previewEn: previewNewsletterIssue(id: $id, locale: \"en\") { subject html }\n    newsPosts(first: 50) { edges { node { id title } } }\n  }\n"): typeof import('./graphql').AdminNewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateNewsletterIssue($input: NewsletterIssueInput!) { createNewsletterIssue(input: $input) { id } }"): typeof import('./graphql').CreateNewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNewsletterIssue($id: ID!, $input: NewsletterIssueInput!) {\n    updateNewsletterIssue(id: $id, input: $input) { id }\n  }\n"): typeof import('./graphql').UpdateNewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNewsletter {\n    newsletterIssues(includeDrafts: true, first: 100) { id subject status sentAt recipientCount createdAt }\n    newsletterStats { pending confirmed unsubscribed }\n    newsPosts(first: 50) { edges { node { id title } } }\n  }\n"): typeof import('./graphql').AdminNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendNewsletterIssueTest($id: ID!) { sendNewsletterIssueTest(id: $id) }"): typeof import('./graphql').SendNewsletterIssueTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendNewsletterIssue($id: ID!) { sendNewsletterIssue(id: $id) { id status recipientCount } }"): typeof import('./graphql').SendNewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNewsList($after: String) {\n    newsPosts(first: 25, after: $after, includeUnpublished: true) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id slug title status isLive hasUnpublishedChanges publishedAt updatedAt category } }\n    }\n  }\n"): typeof import('./graphql').AdminNewsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProgrammePartners {\n    programmePartners { id name url description logoUrl }\n  }\n"): typeof import('./graphql').AdminProgrammePartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProgrammePartner($input: ProgrammePartnerInput!) { createProgrammePartner(input: $input) { id } }"): typeof import('./graphql').CreateProgrammePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgrammePartner($id: ID!, $input: ProgrammePartnerInput!) {\n    updateProgrammePartner(id: $id, input: $input) { id }\n  }\n"): typeof import('./graphql').UpdateProgrammePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderProgrammePartners($ids: [ID!]!) {\n    reorderProgrammePartners(ids: $ids) { id position }\n  }\n"): typeof import('./graphql').ReorderProgrammePartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProgrammePartner($id: ID!) {\n    deleteProgrammePartner(id: $id)\n  }\n"): typeof import('./graphql').DeleteProgrammePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProgrammePage($key: String!) {\n    programmePage(key: $key) { key title publishedAt hasUnpublishedChanges draft { title body titleEn bodyEn } }\n    programmePageRevisions(key: $key) { id title kind authorName createdAt }\n  }\n"): typeof import('./graphql').AdminProgrammePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProgrammePages {\n    programmePages { key title updatedAt hasUnpublishedChanges draft { title } }\n    programmePartners { id }\n  }\n"): typeof import('./graphql').AdminProgrammePagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgrammePage($key: String!, $input: ProgrammePageInput!) {\n    updateProgrammePage(key: $key, input: $input) { key title hasUnpublishedChanges updatedAt }\n  }\n"): typeof import('./graphql').UpdateProgrammePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProgrammePage($key: String!) {\n    publishProgrammePage(key: $key) { key title publishedAt hasUnpublishedChanges }\n  }\n"): typeof import('./graphql').PublishProgrammePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardProgrammePageDraft($key: String!) {\n    discardProgrammePageDraft(key: $key) { key hasUnpublishedChanges }\n  }\n"): typeof import('./graphql').DiscardProgrammePageDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutbox($first: Int!, $offset: Int!, $to: String) {\n    outbox(first: $first, offset: $offset, to: $to) {\n      total\n      items {\n        id\n        to\n        subject\n        text\n        status\n        template\n        createdAt\n        sentAt\n        lastError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEditPremises($id: ID!) {\n    premises(id: $id) {\n      ...PremisesFields\n      photos {\n        id\n        thumbUrl\n        alt\n      }\n    }\n  }\n"): typeof import('./graphql').AdminEditPremisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminDeletePremises($id: ID!) { deletePremises(id: $id) }"): typeof import('./graphql').AdminDeletePremisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPremisesEnquiries($all: Boolean) {\n    premisesEnquiries(all: $all, first: 100) {\n      id\n      message\n      createdAt\n      status\n      reply\n      repliedAt\n      repliedByName\n      canReply\n      premises {\n        id\n        address\n        district\n      }\n      sender {\n        name\n        email\n      }\n      organization {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPremisesEnquiriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToPremisesEnquiry($id: ID!, $message: String!) {\n    replyToPremisesEnquiry(id: $id, message: $message) { id status }\n  }\n"): typeof import('./graphql').ReplyToPremisesEnquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPremisesEnquiryHandled($id: ID!) {\n    markPremisesEnquiryHandled(id: $id) { id status }\n  }\n"): typeof import('./graphql').MarkPremisesEnquiryHandledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPremisesCsv($csv: String!, $dryRun: Boolean) {\n    importPremisesCsv(csv: $csv, dryRun: $dryRun) {\n      ok\n      imported\n      created\n      updated\n      unknownColumns\n      rows {\n        line\n        action\n        address\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportPremisesCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPremisesList($filter: PremisesFilter, $after: String) {\n    premisesSearch(filter: $filter, orderBy: NEWEST, first: 50, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          id\n          code\n          address\n          district\n          areaM2\n          monthlyRent\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPremisesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePremisesPhoto($id: ID!) { deletePremisesPhoto(id: $id) }"): typeof import('./graphql').DeletePremisesPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderPremisesPhotos($premisesId: ID!, $photoIds: [ID!]!) {\n    reorderPremisesPhotos(premisesId: $premisesId, photoIds: $photoIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReorderPremisesPhotosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminCreatePremises($input: PremisesInput!) { createPremises(input: $input) { id } }"): typeof import('./graphql').AdminCreatePremisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminUpdatePremises($id: ID!, $input: PremisesInput!) { updatePremises(id: $id, input: $input) { id } }"): typeof import('./graphql').AdminUpdatePremisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($id: ID!, $attended: Boolean!) {\n    markAttendance(registrationId: $id, attended: $attended) {\n      id\n      attended\n    }\n  }\n"): typeof import('./graphql').MarkAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInByCode($trainingId: ID!, $code: String!) {\n    checkInByCode(trainingId: $trainingId, code: $code) {\n      id\n      attended\n      attendeeName\n      user {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CheckInByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTrainingCheckIn($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      startsAt\n      venue\n    }\n    trainingRegistrations(trainingId: $id, status: CONFIRMED) {\n      id\n      attended\n      attendeeName\n      user {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTrainingCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditTrainingPage($id: ID!) {\n    training(id: $id) {\n      ...TrainingFields\n      officialsQuota\n      pesQuota\n      residentsQuota\n    }\n  }\n"): typeof import('./graphql').EditTrainingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToTraining($trainingId: ID!, $input: TrainingInvitationInput!) {\n    inviteToTraining(trainingId: $trainingId, input: $input) {\n      invited\n      skipped\n    }\n  }\n"): typeof import('./graphql').InviteToTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTrainingMaterialLink($trainingId: ID!, $input: TrainingMaterialInput!) {\n    addTrainingMaterial(trainingId: $trainingId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddTrainingMaterialLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteTrainingMaterial($id: ID!) { deleteTrainingMaterial(id: $id) }"): typeof import('./graphql').DeleteTrainingMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTrainingOrganise($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      questions {\n        ...TrainingQuestionFields\n      }\n      materials {\n        ...TrainingMaterialLink\n        public\n      }\n    }\n    trainingInvitations(trainingId: $id) {\n      email\n      organizationName\n      createdAt\n    }\n    organizationActivities\n    trainingFeedbackSummary(trainingId: $id) {\n      responses\n      averageRating\n      ratingCounts\n      useful\n      improve\n    }\n  }\n"): typeof import('./graphql').AdminTrainingOrganiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrainingQuestions($trainingId: ID!, $questions: [TrainingQuestionInput!]!) {\n    setTrainingQuestions(trainingId: $trainingId, questions: $questions) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetTrainingQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailTrainingRegistrants($trainingId: ID!, $subject: String!, $body: String!) {\n    emailTrainingRegistrants(trainingId: $trainingId, subject: $subject, body: $body)\n  }\n"): typeof import('./graphql').EmailTrainingRegistrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTrainingRegistrations($id: ID!) {\n    training(id: $id) {\n      ...TrainingFillFields\n    }\n    trainingRegistrations(trainingId: $id) {\n      id\n      status\n      audience\n      registeredAt\n      attended\n      waitlistPosition\n      dietaryNeeds\n      accessibilityNeeds\n      attendeeName\n      attendeeEmail\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTrainingRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelTrainingButton($id: ID!, $reason: String) { cancelTraining(id: $id, reason: $reason) { id cancelledAt } }"): typeof import('./graphql').CancelTrainingButtonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTrainingsPage($first: Int, $after: String, $upcoming: Boolean) {\n    trainings(first: $first, after: $after, upcoming: $upcoming) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          ...TrainingFillFields\n          kind\n          cancelledAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTrainingsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTrainingForm($input: TrainingInput!) { createTraining(input: $input) { id } }"): typeof import('./graphql').CreateTrainingFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTrainingForm($id: ID!, $input: TrainingInput!) { updateTraining(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateTrainingFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String!, $first: Int!, $offset: Int!) {\n    users(search: $search, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        name\n        email\n        role\n        accountType\n        approvalStatus\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminSetUserRole($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id role } }"): typeof import('./graphql').AdminSetUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWaitingSummary {\n    waitingForMe { enquiries approvals demandsToDecide bookingRequests itemRequests extensionRequests total }\n  }\n"): typeof import('./graphql').AdminWaitingSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingApprovalCount { pendingApprovalCount }"): typeof import('./graphql').PendingApprovalCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowThing($kind: FollowKind!, $value: String!) {\n    follow(kind: $kind, value: $value) { kind value }\n  }\n"): typeof import('./graphql').FollowThingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowThing($kind: FollowKind!, $value: String!) {\n    unfollow(kind: $kind, value: $value) { kind value }\n  }\n"): typeof import('./graphql').UnfollowThingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollowsForButtons {\n    myFollows { kind value }\n  }\n"): typeof import('./graphql').MyFollowsForButtonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HeaderUnreadNotifications { unreadNotificationCount }"): typeof import('./graphql').HeaderUnreadNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggestions($query: String!) {\n    search(query: $query, first: 6) { edges { node { kind id title url } } }\n  }\n"): typeof import('./graphql').SearchSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptTerms($version: String!) { acceptTerms(version: $version) { mustAccept } }"): typeof import('./graphql').AcceptTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermsStatus {\n    termsStatus {\n      currentVersion\n      acceptedVersion\n      mustAccept\n    }\n  }\n"): typeof import('./graphql').TermsStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeaderWaitingForMe {\n    waitingForMe { total bookingRequests itemRequests extensionRequests }\n  }\n"): typeof import('./graphql').HeaderWaitingForMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextPage on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): typeof import('./graphql').NextPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceAttachmentDownload($id: ID!) {\n    marketplaceAttachment(id: $id) {\n      id\n      fileName\n      contentType\n      sealed\n      fileKey\n    }\n  }\n"): typeof import('./graphql').MarketplaceAttachmentDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceMyBookings {\n    myBookings {\n      id status from to handedOverAt receivedAt returnedAt returnCondition returnNote overdue\n      extensionTo extensionRefusedAt extensionRefusalReason notice { id title }\n    }\n    bookingRequestsForMe { id from to message createdAt borrower { name } notice { id title } }\n  }\n"): typeof import('./graphql').MarketplaceMyBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDemandAttachment($demandId: ID!, $key: String!, $fileName: String) {\n    addDemandAttachment(demandId: $demandId, key: $key, fileName: $fileName) {\n      ...UploadedAttachment\n    }\n  }\n"): typeof import('./graphql').AddDemandAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfferAttachment($demandId: ID!, $key: String!, $fileName: String) {\n    setOfferAttachment(demandId: $demandId, key: $key, fileName: $fileName) {\n      ...UploadedAttachment\n    }\n  }\n"): typeof import('./graphql').SetOfferAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceDemand($id: ID!) {\n    demand(id: $id) {\n      id\n      kind\n      title\n      description\n      category\n      deadline\n      budget\n      socialClause\n      clauseType\n      cpvCode\n      status\n      decidedAt\n      award { price awardedAt organization { name slug } }\n      questions { id question answer answeredAt createdAt askedByViewer }\n      amendments { id note descriptionChanged previousDeadline newDeadline createdAt }\n      acceptingOffers\n      viewerManages\n      offerCount\n      offers { id price message awarded updatedAt organization { name slug } attachment { id fileName size url } }\n      myOffer { id price message awarded attachment { id fileName size url } }\n      attachments { id fileName size url }\n    }\n  }\n"): typeof import('./graphql').MarketplaceDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendDemand($id: ID!, $input: DemandAmendmentInput!) { amendDemand(id: $id, input: $input) { id } }"): typeof import('./graphql').AmendDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AwardOffer($offerId: ID!) { awardOffer(offerId: $offerId) { id status } }"): typeof import('./graphql').AwardOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseDemand($id: ID!) { closeDemand(id: $id) { id status } }"): typeof import('./graphql').CloseDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDemand($input: DemandInput!) {\n    createDemand(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOffer($demandId: ID!, $input: OfferInput!) {\n    submitOffer(demandId: $demandId, input: $input) {\n      id\n      price\n      message\n    }\n  }\n"): typeof import('./graphql').SubmitOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawOffer($demandId: ID!) { withdrawOffer(demandId: $demandId) }"): typeof import('./graphql').WithdrawOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskDemandQuestion($demandId: ID!, $question: String!) { askDemandQuestion(demandId: $demandId, question: $question) { id } }"): typeof import('./graphql').AskDemandQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerDemandQuestion($questionId: ID!, $answer: String!) { answerDemandQuestion(questionId: $questionId, answer: $answer) { id answer } }"): typeof import('./graphql').AnswerDemandQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscribeDemandCategory($c: String!) { subscribeToDemandCategory(category: $c) }"): typeof import('./graphql').SubscribeDemandCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnsubscribeDemandCategory($c: String!) { unsubscribeFromDemandCategory(category: $c) }"): typeof import('./graphql').UnsubscribeDemandCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceDemandSubscriptions {\n    myDemandSubscriptions\n    demandCategories\n  }\n"): typeof import('./graphql').MarketplaceDemandSubscriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceNoticeEdit($id: ID!) {\n    equipmentNotice(id: $id) {\n      id kind title description category condition conditionNote district expiresAt viewerIsOwner estimatedValue deposit pickupPlace pickupHours loanNotes\n      photos { id thumbUrl alt }\n    }\n  }\n"): typeof import('./graphql').MarketplaceNoticeEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceNotice($id: ID!) {\n    equipmentNotice(id: $id) {\n      id\n      kind\n      title\n      description\n      status\n      district\n      category\n      condition\n      conditionNote\n      expiresAt\n      createdAt\n      viewerIsOwner\n      deposit\n      estimatedValue\n      pickupPlace\n      pickupHours\n      loanNotes\n      organization { name slug }\n      photos { id url thumbUrl alt width height }\n      bookedPeriods { from to }\n      bookings {\n        id status from to message handedOverAt receivedAt returnedAt returnCondition returnNote overdue\n        extensionTo extensionRefusedAt extensionRefusalReason borrower { name email }\n      }\n      itemRequests { id status message createdAt handedOverAt handoverNote requester { name email } }\n      viewerBookings {\n        id status from to handedOverAt receivedAt returnedAt returnCondition returnNote overdue\n        extensionTo extensionRefusedAt extensionRefusalReason\n      }\n      viewerItemRequests { id status createdAt handedOverAt handoverNote }\n    }\n  }\n"): typeof import('./graphql').MarketplaceNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEquipmentNoticePhoto($noticeId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {\n    addEquipmentNoticePhoto(noticeId: $noticeId, key: $key, width: $width, height: $height, alt: $alt) {\n      ...UploadedMarketplacePhoto\n    }\n  }\n"): typeof import('./graphql').AddEquipmentNoticePhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveBooking($id: ID!) { approveBooking(id: $id) { id status } }"): typeof import('./graphql').ApproveBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectBooking($id: ID!) { rejectBooking(id: $id) { id status } }"): typeof import('./graphql').RejectBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelBooking($id: ID!) { cancelBooking(id: $id) { id status } }"): typeof import('./graphql').CancelBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetEquipmentNoticeStatus($id: ID!, $status: String!) { setEquipmentNoticeStatus(id: $id, status: $status) { id status } }"): typeof import('./graphql').SetEquipmentNoticeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBooking($noticeId: ID!, $from: Date!, $to: Date!, $message: String) {\n    requestBooking(noticeId: $noticeId, from: $from, to: $to, message: $message) {\n      id\n      status\n      from\n      to\n    }\n  }\n"): typeof import('./graphql').RequestBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordBookingHandover($id: ID!) { recordBookingHandover(id: $id) { id status handedOverAt } }"): typeof import('./graphql').RecordBookingHandoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnBookingWithRecord($id: ID!, $condition: String, $note: String) {\n    returnBooking(id: $id, condition: $condition, note: $note) { id status returnedAt returnCondition returnNote }\n  }\n"): typeof import('./graphql').ReturnBookingWithRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordItemHandover($id: ID!, $note: String) { recordItemHandover(id: $id, note: $note) { id handedOverAt } }"): typeof import('./graphql').RecordItemHandoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestItem($id: ID!, $m: String!) { requestItem(noticeId: $id, message: $m) { id status } }"): typeof import('./graphql').RequestItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptItemRequest($id: ID!) { acceptItemRequest(id: $id) { id status } }"): typeof import('./graphql').AcceptItemRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineItemRequest($id: ID!) { declineItemRequest(id: $id) { id status } }"): typeof import('./graphql').DeclineItemRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestBookingExtension($id: ID!, $to: Date!) { requestBookingExtension(id: $id, to: $to) { id extensionTo } }"): typeof import('./graphql').RequestBookingExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveBookingExtension($id: ID!) { approveBookingExtension(id: $id) { id to extensionTo } }"): typeof import('./graphql').ApproveBookingExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefuseBookingExtension($id: ID!, $reason: String) { refuseBookingExtension(id: $id, reason: $reason) { id extensionTo } }"): typeof import('./graphql').RefuseBookingExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmBookingReceipt($id: ID!) { confirmBookingReceipt(id: $id) { id receivedAt } }"): typeof import('./graphql').ConfirmBookingReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEquipmentNotice($id: ID!, $input: EquipmentNoticeInput!) {\n    updateEquipmentNotice(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateEquipmentNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEquipmentNotice($input: EquipmentNoticeInput!) {\n    createEquipmentNotice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateEquipmentNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFields on Product {\n    id\n    name\n    category\n    description\n    priceFrom\n    priceTo\n    unit\n    areaServed\n    socialClauseSuitable\n  }\n"): typeof import('./graphql').ProductFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteDemandAttachment($id: ID!) { deleteDemandAttachment(id: $id) }"): typeof import('./graphql').DeleteDemandAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveOfferAttachment($demandId: ID!) { removeOfferAttachment(demandId: $demandId) }"): typeof import('./graphql').RemoveOfferAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveLettingApplicationDocument($id: ID!) { removeLettingApplicationDocument(id: $id) }"): typeof import('./graphql').RemoveLettingApplicationDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UploadedMarketplacePhoto on MarketplacePhoto {\n    id\n    url\n    thumbUrl\n    alt\n  }\n"): typeof import('./graphql').UploadedMarketplacePhotoFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UploadedAttachment on Attachment {\n    id\n    fileName\n    url\n  }\n"): typeof import('./graphql').UploadedAttachmentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMarketplacePhoto($id: ID!, $alt: String) { updateMarketplacePhoto(id: $id, alt: $alt) { id alt } }"): typeof import('./graphql').UpdateMarketplacePhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteMarketplacePhoto($id: ID!) { deleteMarketplacePhoto(id: $id) }"): typeof import('./graphql').DeleteMarketplacePhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReorderMarketplacePhotos($photoIds: [ID!]!) { reorderMarketplacePhotos(photoIds: $photoIds) { id } }"): typeof import('./graphql').ReorderMarketplacePhotosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceNotices($filter: EquipmentNoticeFilter, $first: Int, $after: String) {\n    equipmentNotices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id kind title description status district category condition organization { name slug } coverPhoto { thumbUrl } } }\n    }\n  }\n"): typeof import('./graphql').MarketplaceNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceProducts($filter: ProductFilter, $first: Int, $after: String) {\n    products(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { ...ProductFields organization { name slug } coverPhoto { thumbUrl } } }\n    }\n  }\n"): typeof import('./graphql').MarketplaceProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceDemands($filter: DemandFilter, $first: Int, $after: String) {\n    demands(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id kind title category deadline budget socialClause status acceptingOffers } }\n    }\n  }\n"): typeof import('./graphql').MarketplaceDemandsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n      organization { name slug viewerIsMember }\n      photos { id url thumbUrl alt width height }\n    }\n  }\n"): typeof import('./graphql').MarketplaceProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProductPhoto($productId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {\n    addProductPhoto(productId: $productId, key: $key, width: $width, height: $height, alt: $alt) {\n      ...UploadedMarketplacePhoto\n    }\n  }\n"): typeof import('./graphql').AddProductPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteProduct($id: ID!) { deleteProduct(id: $id) }"): typeof import('./graphql').DeleteProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      id\n      organization { slug }\n    }\n  }\n"): typeof import('./graphql').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsArticle($slug: String!) {\n    newsPost(slug: $slug) { id slug title lead bodyHtml status isLive publishedAt updatedAt category coverImageUrl authorName }\n  }\n"): typeof import('./graphql').NewsArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsList($first: Int, $after: String, $category: String, $year: Int, $month: Int) {\n    newsPosts(first: $first, after: $after, category: $category, year: $year, month: $month) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id slug title lead publishedAt category coverImageUrl } }\n    }\n    newsCategories { code count }\n    newsArchive { year month count }\n  }\n"): typeof import('./graphql').NewsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterIssuePage($id: ID!) {\n    newsletterIssue(id: $id) { id subject intro sentAt status posts { id slug title lead bodyHtml } }\n  }\n"): typeof import('./graphql').NewsletterIssuePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterArchive {\n    newsletterIssues(first: 100) { id subject intro sentAt posts { id title } }\n  }\n"): typeof import('./graphql').NewsletterArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToNewsletter($email: String!, $consent: Boolean!, $locale: String) {\n    subscribeToNewsletter(email: $email, consent: $consent, locale: $locale)\n  }\n"): typeof import('./graphql').SubscribeToNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmNewsletterSubscription($token: String!) { confirmNewsletterSubscription(token: $token) }"): typeof import('./graphql').ConfirmNewsletterSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnsubscribeFromNewsletter($token: String!) { unsubscribeFromNewsletter(token: $token) }"): typeof import('./graphql').UnsubscribeFromNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnsubscribeFromNotifications($token: String!) { unsubscribeFromNotifications(token: $token) }"): typeof import('./graphql').UnsubscribeFromNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganizationLogo($organizationId: ID!, $key: String!) {\n    setOrganizationLogo(organizationId: $organizationId, key: $key) { id logoUrl hasUploadedLogo }\n  }\n"): typeof import('./graphql').SetOrganizationLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganizationLogo($organizationId: ID!) {\n    removeOrganizationLogo(organizationId: $organizationId) {\n      id\n      hasUploadedLogo\n    }\n  }\n"): typeof import('./graphql').RemoveOrganizationLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationProfileEdit($slug: String!) {\n    organization(slug: $slug) {\n      ...OrganizationProfileFields\n      externalLogoUrl hasUploadedLogo\n    }\n  }\n"): typeof import('./graphql').OrganizationProfileEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationProfile($id: ID!, $input: OrganizationProfileInput!) {\n    updateOrganizationProfile(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').UpdateOrganizationProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationProfile($slug: String!) {\n    organization(slug: $slug) {\n      ...OrganizationProfileFields\n      verified\n      certifications { name validFrom validTo }\n      products { ...ProductFields coverPhoto { thumbUrl } }\n      equipmentNotices { id kind title district status }\n      members { id name role title }\n    }\n  }\n"): typeof import('./graphql').OrganizationProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideOrganizationMembership($id: ID!, $accept: Boolean!) {\n    decideOrganizationMembership(id: $id, accept: $accept) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideOrganizationMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationProfileFields on Organization {\n    id\n    name\n    slug\n    legalForm\n    krs\n    nip\n    address\n    district\n    description\n    email\n    phone\n    website\n    logoUrl\n    activities\n    viewerIsMember\n  }\n"): typeof import('./graphql').OrganizationProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationsDirectory($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges { node { id name slug legalForm district verified activities description } }\n    }\n    organizationActivities\n  }\n"): typeof import('./graphql').OrganizationsDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPremisesEnquiry($premisesId: ID!, $message: String!) {\n    sendPremisesEnquiry(premisesId: $premisesId, message: $message) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendPremisesEnquiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToPremisesLettingRound($input: PremisesLettingApplicationInput!) {\n    applyToPremisesLettingRound(input: $input) { id }\n  }\n"): typeof import('./graphql').ApplyToPremisesLettingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenPremisesLettingRound($input: PremisesLettingRoundInput!) { openPremisesLettingRound(input: $input) { id } }"): typeof import('./graphql').OpenPremisesLettingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardPremisesLettingRound($roundId: ID!, $applicationId: ID!) {\n    awardPremisesLettingRound(roundId: $roundId, applicationId: $applicationId) { id }\n  }\n"): typeof import('./graphql').AwardPremisesLettingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosePremisesLettingRound($roundId: ID!) { closePremisesLettingRound(roundId: $roundId) { id } }"): typeof import('./graphql').ClosePremisesLettingRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkPremisesRented($premisesId: ID!) { markPremisesRented(premisesId: $premisesId) { id } }"): typeof import('./graphql').MarkPremisesRentedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesDetails($id: ID!) {\n    premises(id: $id) {\n      ...PremisesFields\n      rentPerM2\n      enquiryRecipient\n      ownerId\n      createdAt\n      updatedAt\n      photos {\n        ...PremisesPhotoFields\n      }\n    }\n  }\n"): typeof import('./graphql').PremisesDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesViewingsLetting($id: ID!) {\n    premisesViewingSlots(premisesId: $id) { id startsAt endsAt place capacity bookedCount bookedByMe }\n    premisesLettingRounds(premisesId: $id) {\n      id status deadline minimumRent permittedUse preferentialRent documents acceptsApplications\n      result { organizationName rent decidedAt }\n      applications { id proposedRent intendedUse organization { name } documents { id fileName size url } }\n    }\n  }\n"): typeof import('./graphql').PremisesViewingsLettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesViewingBookingsList($id: ID!) {\n    premisesViewingBookings(premisesId: $id) { id slotId personName personEmail organization { name } }\n  }\n"): typeof import('./graphql').PremisesViewingBookingsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesMyEnquiries($id: ID!) {\n    myPremisesEnquiries(premisesId: $id) { id status createdAt reply repliedAt repliedByName }\n  }\n"): typeof import('./graphql').PremisesMyEnquiriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPremisesPhoto($premisesId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {\n    addPremisesPhoto(premisesId: $premisesId, key: $key, width: $width, height: $height, alt: $alt) {\n      ...PremisesPhotoFields\n    }\n  }\n"): typeof import('./graphql').AddPremisesPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookPremisesViewing($slotId: ID!) { bookPremisesViewing(slotId: $slotId) { id } }"): typeof import('./graphql').BookPremisesViewingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePremisesViewingSlot($input: PremisesViewingSlotInput!) {\n    createPremisesViewingSlot(input: $input) { id }\n  }\n"): typeof import('./graphql').CreatePremisesViewingSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnsubscribePremisesSearch($token: String!) { unsubscribePremisesSearch(token: $token) }"): typeof import('./graphql').UnsubscribePremisesSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesExport($filter: PremisesFilter, $orderBy: PremisesOrder) {\n    premisesCsv(filter: $filter, orderBy: $orderBy, limit: 5000)\n  }\n"): typeof import('./graphql').PremisesExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PremisesFields on Premises {\n    id\n    code\n    address\n    district\n    latitude\n    longitude\n    floor\n    areaM2\n    stepFree\n    condition\n    conditionNote\n    utilities\n    utilitiesNote\n    description\n    status\n    availableFrom\n    permittedUse\n    monthlyRent\n    preferentialRent\n    administrator\n    contactName\n    contactPhone\n    contactEmail\n  }\n"): typeof import('./graphql').PremisesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PremisesPhotoFields on PremisesPhoto {\n    id\n    url\n    thumbUrl\n    width\n    height\n    alt\n  }\n"): typeof import('./graphql').PremisesPhotoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLettingApplicationDocument($roundId: ID!, $key: String!, $fileName: String) {\n    addLettingApplicationDocument(roundId: $roundId, key: $key, fileName: $fileName) {\n      ...UploadedAttachment\n    }\n  }\n"): typeof import('./graphql').AddLettingApplicationDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesCount($filter: PremisesFilter) {\n    premisesFacets(filter: $filter) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').PremisesCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesSearchPage($filter: PremisesFilter, $orderBy: PremisesOrder, $first: Int, $after: String) {\n    premisesSearch(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          id\n          address\n          district\n          areaM2\n          monthlyRent\n          rentPerM2\n          status\n          stepFree\n          preferentialRent\n          floor\n          latitude\n          longitude\n          photos {\n            thumbUrl\n            alt\n          }\n        }\n      }\n    }\n    premisesFacets(filter: $filter) {\n      totalCount\n      districts {\n        district\n        count\n      }\n      areaMin\n      areaMax\n      rentMin\n      rentMax\n      rentHistogram {\n        from\n        to\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').PremisesSearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPremisesSearches {\n    myPremisesSearches {\n      id\n      name\n      query\n    }\n  }\n"): typeof import('./graphql').MyPremisesSearchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePremisesSearch($name: String!, $filter: PremisesFilter) {\n    savePremisesSearch(name: $name, filter: $filter) {\n      id\n    }\n  }\n"): typeof import('./graphql').SavePremisesSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePremisesSearch($id: ID!) { deletePremisesSearch(id: $id) }"): typeof import('./graphql').DeletePremisesSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremisesSearchMapPoints($filter: PremisesFilter) {\n    premisesMapPoints(filter: $filter) {\n      totalCount\n      truncated\n      points {\n        id\n        latitude\n        longitude\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').PremisesSearchMapPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPremisesViewingByToken($token: String!) {\n    cancelPremisesViewingByToken(token: $token) { id cancelledAt }\n  }\n"): typeof import('./graphql').CancelPremisesViewingByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalPage($key: String!) {\n    programmePage(key: $key) {\n      ...PublishedProgrammePage\n    }\n  }\n"): typeof import('./graphql').LegalPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeFiguresPage($period: FiguresPeriod) {\n    programmeFigures(period: $period) {\n      premises {\n        offered available reserved rented totalAreaM2 meanRentPerM2\n        byDistrict { district offered available reserved rented totalAreaM2 meanRentPerM2 }\n      }\n      trainings { trainingsHeld meetingsHeld seatsOffered registered attended officials pes residents }\n      organizations { total verified byLegalForm { legalForm count verified } }\n      marketplace { noticesByKind { kind count handedOver } products demandsPosted demandsWithSocialClause offersReceived demandsAwarded }\n      newsletter { confirmedSubscribers confirmedByMonth { month count total } }\n      socialValue {\n        year spendWithPes demandsAwarded demandsPosted clauseNone clauseReservedContract clauseEmployment clauseOtherSocial\n        demandsWithoutOffer itemsReused itemsReusedValue loansHandedOver\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammeFiguresPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedProgrammePage on ProgrammePage {\n    key\n    title\n    bodyHtml\n    titleEn\n    bodyHtmlEn\n    updatedAt\n  }\n"): typeof import('./graphql').PublishedProgrammePageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePage {\n    programmePages { ...PublishedProgrammePage draft { title bodyHtml titleEn bodyHtmlEn } }\n    programmePartners { id name url description logoUrl logoWidth logoHeight }\n    newsPosts(first: 5, category: \"MONITORING_TEAM\") { edges { node { id slug title publishedAt } } }\n  }\n"): typeof import('./graphql').ProgrammePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProgrammePartnerLogo($id: ID!, $key: String!, $width: Int!, $height: Int!) {\n    setProgrammePartnerLogo(id: $id, key: $key, width: $width, height: $height) { id logoUrl logoWidth logoHeight }\n  }\n"): typeof import('./graphql').SetProgrammePartnerLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!, $kinds: [SearchKind!], $after: String) {\n    search(query: $query, kinds: $kinds, first: 20, after: $after) {\n      totalCount\n      countsByKind { kind count }\n      pageInfo { ...NextPage }\n      edges { node { kind id title snippet url } }\n    }\n  }\n"): typeof import('./graphql').SearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp(\n    $email: String!\n    $password: String!\n    $name: String!\n    $accountType: AccountType!\n    $acceptTerms: Boolean\n    $locale: String\n  ) {\n    signUp(\n      email: $email\n      password: $password\n      name: $name\n      accountType: $accountType\n      acceptTerms: $acceptTerms\n      locale: $locale\n    ) {\n      id\n      role\n      accountType\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelRegistrationByToken($token: String!) { cancelRegistrationByToken(token: $token) { id status } }"): typeof import('./graphql').CancelRegistrationByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTrainingFeedback($token: String!, $input: TrainingFeedbackInput!) {\n    submitTrainingFeedback(token: $token, input: $input)\n  }\n"): typeof import('./graphql').SubmitTrainingFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingFeedbackPage($token: String!) {\n    trainingFeedbackForm(token: $token) {\n      given\n      attended\n      training {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingFeedbackPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterGroupForTraining($trainingId: ID!, $attendees: [GroupAttendeeInput!]!) {\n    registerGroupForTraining(trainingId: $trainingId, attendees: $attendees) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RegisterGroupForTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawGroupMember($id: ID!) { withdrawRegistration(id: $id) { id status } }"): typeof import('./graphql').WithdrawGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTrainingMaterialFile($trainingId: ID!, $input: TrainingMaterialInput!) {\n    addTrainingMaterial(trainingId: $trainingId, input: $input) {\n      id\n      url\n    }\n  }\n"): typeof import('./graphql').AddTrainingMaterialFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingPage($id: ID!) {\n    training(id: $id) {\n      ...TrainingFields\n      online\n      seatsLeft\n      confirmedCount\n      waitlistCount\n      registrationClosedReason\n      seatsByAudience {\n        audience\n        quota\n        confirmedCount\n        seatsLeft\n      }\n      questions {\n        ...TrainingQuestionFields\n      }\n      materials {\n        ...TrainingMaterialLink\n        fileName\n      }\n      myGroup {\n        id\n        attendeeName\n        attendeeEmail\n        status\n      }\n      myRegistration {\n        id\n        status\n        waitlistPosition\n        checkInCode\n        checkInQrSvg\n        attended\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForTrainingButton($trainingId: ID!, $answers: RegistrationAnswersInput) {\n    registerForTraining(trainingId: $trainingId, answers: $answers) {\n      id\n      status\n      waitlistPosition\n      checkInCode\n    }\n  }\n"): typeof import('./graphql').RegisterForTrainingButtonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($trainingId: ID!) {\n    cancelRegistration(trainingId: $trainingId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n"): typeof import('./graphql').CancelRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingFields on Training {\n    id\n    kind\n    title\n    description\n    topics\n    audience\n    trainers\n    host\n    startsAt\n    endsAt\n    registrationDeadline\n    capacity\n    venue\n    address\n    latitude\n    longitude\n    onlineUrl\n    consentText\n    askDietary\n    askAccessibility\n    cancelledAt\n  }\n"): typeof import('./graphql').TrainingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingQuestionFields on TrainingQuestion {\n    id\n    type\n    label\n    help\n    required\n    options\n  }\n"): typeof import('./graphql').TrainingQuestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingMaterialLink on TrainingMaterial {\n    id\n    title\n    url\n    isFile\n  }\n"): typeof import('./graphql').TrainingMaterialLinkFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingFillFields on Training {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    confirmedCount\n    waitlistCount\n  }\n"): typeof import('./graphql').TrainingFillFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingMaterialDownload($id: ID!) {\n    trainingMaterial(id: $id) {\n      id\n      public\n      fileName\n      fileKey\n      contentType\n    }\n  }\n"): typeof import('./graphql').TrainingMaterialDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingsPage($first: Int, $after: String, $upcoming: Boolean, $filter: TrainingFilter) {\n    trainings(first: $first, after: $after, upcoming: $upcoming, filter: $filter) {\n      totalCount\n      pageInfo { ...NextPage }\n      edges {\n        node {\n          id\n          kind\n          title\n          venue\n          startsAt\n          endsAt\n          registrationDeadline\n          capacity\n          seatsLeft\n          waitlistCount\n          audience\n          online\n          topics\n          cancelledAt\n          myRegistration {\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingsPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
