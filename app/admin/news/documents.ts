import { graphql } from "../../lib/graphql-document";

export const CreateNewsPostMutation = graphql(`mutation CreateNewsPost($input: NewsPostInput!) { createNewsPost(input: $input) { id slug status } }`);

export const UpdateNewsPostMutation = graphql(`
  mutation UpdateNewsPost($id: ID!, $input: NewsPostInput!) {
    updateNewsPost(id: $id, input: $input) { id status hasUnpublishedChanges updatedAt }
  }
`);

export const PublishNewsPostMutation = graphql(`mutation PublishNewsPost($id: ID!, $at: DateTime) { publishNewsPost(id: $id, at: $at) { id status publishedAt } }`);

export const UnpublishNewsPostMutation = graphql(`mutation UnpublishNewsPost($id: ID!) { unpublishNewsPost(id: $id) { id status } }`);

export const ArchiveNewsPostMutation = graphql(`mutation ArchiveNewsPost($id: ID!) { archiveNewsPost(id: $id) { id status } }`);

export const RenderNewsPreviewQuery = graphql(`
  query RenderNewsPreview($body: String!) {
    renderNewsPreview(body: $body)
  }
`);

export const RestoreNewsRevisionMutation = graphql(`mutation RestoreNewsRevision($revisionId: ID!) { restoreNewsRevision(revisionId: $revisionId) { id } }`);

export const NewsRevisionDiffQuery = graphql(`
  query NewsRevisionDiff($fromId: ID!, $toId: ID!) {
    newsRevisionDiff(fromId: $fromId, toId: $toId) { value added removed }
  }
`);

export const RestoreProgrammePageRevisionMutation = graphql(`
  mutation RestoreProgrammePageRevision($revisionId: ID!) {
    restoreProgrammePageRevision(revisionId: $revisionId) { key }
  }
`);

export const ProgrammePageRevisionDiffQuery = graphql(`
  query ProgrammePageRevisionDiff($fromId: ID!, $toId: ID!) {
    programmePageRevisionDiff(fromId: $fromId, toId: $toId) { value added removed }
  }
`);
