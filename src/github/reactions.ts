import type { GitHubClient } from './client.js';

export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

export interface CommentReactionInput {
  owner: string;
  repo: string;
  /** An issue or pull request conversation comment (not a review comment). */
  commentId: number;
  content: ReactionContent;
}

export interface ReactionResult {
  id: number;
  /** False when the same reaction was already there (GitHub answers 200 instead of 201). */
  created: boolean;
}

/** Reacts to a comment, e.g. `eyes` when a command is picked up and `rocket` or `confused` when it ends. */
export async function addCommentReaction(client: GitHubClient, input: CommentReactionInput): Promise<ReactionResult> {
  const response = await client.rest.reactions.createForIssueComment({
    owner: input.owner,
    repo: input.repo,
    comment_id: input.commentId,
    content: input.content,
  });
  return { id: response.data.id, created: response.status === 201 };
}
