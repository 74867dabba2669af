import { useMutation } from '@tanstack/react-query';
import { milestoneProposalSchema, type MilestoneProposal, type ProposeMilestonesRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 时间倒排 on the official calendar; writes nothing. */
export function proposeMilestones({ itemId, ...body }: ProposeMilestonesRequest & { itemId: string }): Promise<MilestoneProposal> {
  return api.post(`/api/task-items/${encodeURIComponent(itemId)}/milestones/proposal`, milestoneProposalSchema, body);
}

export function useProposeMilestones() {
  return useMutation({ mutationFn: proposeMilestones });
}
