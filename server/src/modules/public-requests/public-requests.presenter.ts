import {
  PUBLIC_REQUEST_EVENT_ACTIONS,
  type PublicLookup,
  type PublicLookupStep,
  type PublicRequestAction,
  type PublicRequestDetail,
  type PublicRequestEventAction,
  type PublicRequestSummary,
  shanghaiDate,
} from '@mofan/shared';
import { maskContact } from './mask-contact';
import type { PublicRequestEventRow, PublicRequestJoinedRow } from './public-requests.repository';
import { statusOf } from './public-requests.rules';

function actionOf(value: string): PublicRequestEventAction {
  const action = PUBLIC_REQUEST_EVENT_ACTIONS.find((a) => a === value);
  if (!action) throw new Error(`public request event with an unknown action: ${value}`);
  return action;
}

function satisfactionOf(value: string | null): 'satisfied' | 'dissatisfied' | null {
  if (value === null || value === 'satisfied' || value === 'dissatisfied') return value;
  throw new Error(`public request with an unknown satisfaction: ${value}`);
}

/** A 科室 is named with its unit ("市财政局 办公室"), a unit or 工委 alone. */
export function claimedNodeLabel(row: PublicRequestJoinedRow): string | null {
  if (!row.claimedNodeName) return null;
  return row.claimedUnitName && row.claimedNodeKind !== 'unit' ? `${row.claimedUnitName} ${row.claimedNodeName}` : row.claimedNodeName;
}

/** `showContact`: the reader handles the request; others see the contact masked. */
export function presentSummary(row: PublicRequestJoinedRow, showContact: boolean): PublicRequestSummary {
  const r = row.request;
  const contact = r.requesterContact;
  return {
    id: r.id,
    nodeId: r.nodeId,
    nodeName: row.nodeName,
    title: r.title,
    requesterName: r.requesterName,
    requesterContact: contact === null || showContact ? contact : maskContact(contact),
    contactMasked: contact !== null && !showContact,
    raisedOn: r.raisedOn,
    status: statusOf(r.status),
    claimedNodeId: r.claimedNodeId,
    claimedNodeName: claimedNodeLabel(row),
    claimedPersonName: row.claimedPersonName,
    solvedOn: r.solvedOn,
    closedOn: r.closedOn,
    satisfaction: satisfactionOf(r.satisfaction),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentDetail(row: PublicRequestJoinedRow, events: PublicRequestEventRow[], showContact: boolean, actions: PublicRequestAction[]): PublicRequestDetail {
  const r = row.request;
  return {
    ...presentSummary(row, showContact),
    content: r.content,
    solution: r.solution,
    improvement: r.improvement,
    feedback: r.feedback,
    feedbackAt: r.feedbackAt?.toISOString() ?? null,
    events: events.map((e) => ({ id: e.id, action: actionOf(e.action), actorName: e.actorName, note: e.note, at: e.at.toISOString() })),
    actions,
  };
}

/** The steps the person who raised the need is shown; edits and new codes are office matters. */
const PUBLIC_STEPS = new Set<PublicRequestEventAction>(['received', 'claimed', 'solved', 'closed', 'satisfied', 'reopened', 'revisited']);

/**
 * The lookup page's view: status, steps with dates, the solution and the improvement — never a
 * staff name, the contact, the content or an internal note.
 */
export function presentLookup(row: PublicRequestJoinedRow, events: PublicRequestEventRow[]): PublicLookup {
  const r = row.request;
  const status = statusOf(r.status);
  const steps: PublicLookupStep[] = events
    .map((e) => ({ action: actionOf(e.action), at: e.at }))
    .filter((e) => PUBLIC_STEPS.has(e.action))
    // The need was raised on its own date, which the office may have recorded days later.
    .map((e) => ({ action: e.action, on: e.action === 'received' ? r.raisedOn : shanghaiDate(e.at) }));
  const satisfaction = satisfactionOf(r.satisfaction);
  return {
    title: r.title,
    nodeName: row.nodeName,
    claimedNodeName: claimedNodeLabel(row),
    raisedOn: r.raisedOn,
    status,
    steps,
    solution: status === 'received' || status === 'claimed' ? null : r.solution,
    solvedOn: status === 'received' || status === 'claimed' ? null : r.solvedOn,
    improvement: status === 'closed' ? r.improvement : null,
    closedOn: status === 'closed' ? r.closedOn : null,
    feedback: satisfaction !== null && r.feedbackAt ? { satisfied: satisfaction === 'satisfied', comment: r.feedback, on: shanghaiDate(r.feedbackAt) } : null,
    canGiveFeedback: (status === 'solved' || status === 'closed') && satisfaction === null,
  };
}
