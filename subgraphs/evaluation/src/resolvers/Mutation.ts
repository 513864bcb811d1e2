import type { MutationResult } from '@twoway/subgraph-runtime';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import type { CommentRequest } from '../entities/comment-request.entity.js';
import {
  certifyResidenceComment, draftResidenceComment, receiveCommentRequest, requestAnnualComments, requestComments, returnResidenceComment, signResidenceComment,
} from '../workflows/comment-request.workflow.js';
import { recordAnnualReview } from '../workflows/annual-review.workflow.js';

/** A comment request workflow's result as the mutation's payload (CommentRequestPayload). */
const asRequestPayload = ({ result, userErrors }: MutationResult<CommentRequest>) => ({ commentRequest: result, userErrors });

export const Mutation: MutationResolvers = {
  requestAnnualComments: async (_root, { input }, ctx) => {
    const { result, userErrors } = await requestAnnualComments(ctx, input);
    return { commentRequests: result, userErrors };
  },
  requestComments: async (_root, { input }, ctx) => asRequestPayload(await requestComments(ctx, input)),
  receiveCommentRequest: async (_root, { input }, ctx) => asRequestPayload(await receiveCommentRequest(ctx, input)),
  draftResidenceComment: async (_root, { input }, ctx) => asRequestPayload(await draftResidenceComment(ctx, input)),
  signResidenceComment: async (_root, { input }, ctx) => asRequestPayload(await signResidenceComment(ctx, input)),
  certifyResidenceComment: async (_root, { input }, ctx) => asRequestPayload(await certifyResidenceComment(ctx, input)),
  returnResidenceComment: async (_root, { input }, ctx) => asRequestPayload(await returnResidenceComment(ctx, input)),
  recordAnnualReview: async (_root, { input }, ctx) => {
    const { result, userErrors } = await recordAnnualReview(ctx, input);
    return { annualReview: result, userErrors };
  },
};
