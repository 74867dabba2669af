/**
 * The time limit of a 督办件 and of its special extension, as domain.md §5 sets them [seed 000]:
 * its own limit if it has one; urgent matters the same day (随到随办); a 党委/政府 arrangement a
 * 贯彻落实方案 within 20 days and 具体工作措施 within 1 month; otherwise 7 working days, special
 * cases at most 15. Pure: the calendar is passed in.
 */
import type { DirectiveLimitKind, DirectiveSource, DirectiveUrgency } from '../../schemas/directives';
import { type WorkingCalendar, isWorkingDay } from '../working-days/calendar';
import { addCalendarDays, addMonths, addWorkingDays, countWorkingDays } from '../working-days/deadlines';

/** 没有时限要求的，7个工作日内落实反馈. */
export const DIRECTIVE_DEFAULT_WORKING_DAYS = 7;
/** 特殊情况不超过15个工作日 (counted from registration). */
export const DIRECTIVE_EXTENSION_MAX_WORKING_DAYS = 15;
/** 党委/政府作出工作安排后20日内提出贯彻落实方案. */
export const DIRECTIVE_ARRANGEMENT_PLAN_DAYS = 20;
/** 1个月内提出具体工作措施. */
export const DIRECTIVE_ARRANGEMENT_MEASURES_MONTHS = 1;

/** A rule broken by what was asked, naming the request field it is about. */
export class DirectiveRuleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DirectiveRuleError';
  }
}

export interface DirectiveLimitInput {
  registeredOn: string;
  source: DirectiveSource;
  urgency: DirectiveUrgency;
  /** The directive's own time limit, when the document sets one. */
  ownDueOn?: string | null;
}

export interface DirectiveLimits {
  limitKind: DirectiveLimitKind;
  dueOn: string;
  /** 党委/政府 arrangements only: the 贯彻落实方案 and 具体工作措施 deadlines. */
  planDueOn: string | null;
  measuresDueOn: string | null;
}

/**
 * The limits of a directive registered on `registeredOn`. Throws DirectiveRuleError for an own
 * limit before registration, CalendarNotCoveredError when a date falls in a year the calendar
 * does not cover (never guessing Monday–Friday).
 */
export function directiveLimits(calendar: WorkingCalendar, input: DirectiveLimitInput): DirectiveLimits {
  const { registeredOn } = input;
  isWorkingDay(calendar, registeredOn);
  // An arrangement's two deliverables have their own deadlines whatever limit the whole matter has.
  const arrangement = input.source === 'party_government_arrangement';
  const planDueOn = arrangement ? addCalendarDays(calendar, registeredOn, DIRECTIVE_ARRANGEMENT_PLAN_DAYS) : null;
  const measuresDueOn = arrangement ? addMonths(calendar, registeredOn, DIRECTIVE_ARRANGEMENT_MEASURES_MONTHS) : null;
  const dated = { planDueOn, measuresDueOn };
  if (input.ownDueOn) {
    if (input.ownDueOn < registeredOn) throw new DirectiveRuleError('dueOn', `办理时限不能早于立项日期 ${registeredOn}`);
    // Lights and extensions count working days up to this date: its year must be on the calendar too.
    isWorkingDay(calendar, input.ownDueOn);
    return { limitKind: 'own', dueOn: input.ownDueOn, ...dated };
  }
  if (input.urgency === 'urgent') return { limitKind: 'urgent', dueOn: addWorkingDays(calendar, registeredOn, 0), ...dated };
  if (planDueOn && measuresDueOn) return { limitKind: 'arrangement', dueOn: planDueOn > measuresDueOn ? planDueOn : measuresDueOn, ...dated };
  return { limitKind: 'default', dueOn: addWorkingDays(calendar, registeredOn, DIRECTIVE_DEFAULT_WORKING_DAYS), ...dated };
}

export interface DirectiveExtensionInput {
  registeredOn: string;
  /** The limit in force: an earlier approved extension's, else the directive's own. */
  currentDueOn: string;
  requestedDueOn: string;
}

/**
 * Checks a special extension: later than the limit in force and at most 15 working days after
 * registration. Throws DirectiveRuleError naming `requestedDueOn`, or CalendarNotCoveredError.
 */
export function checkDirectiveExtension(calendar: WorkingCalendar, input: DirectiveExtensionInput): void {
  if (input.requestedDueOn <= input.currentDueOn) throw new DirectiveRuleError('requestedDueOn', `申请的日期须晚于现办理时限 ${input.currentDueOn}`);
  const days = countWorkingDays(calendar, input.registeredOn, input.requestedDueOn);
  if (days > DIRECTIVE_EXTENSION_MAX_WORKING_DAYS) {
    const latest = addWorkingDays(calendar, input.registeredOn, DIRECTIVE_EXTENSION_MAX_WORKING_DAYS);
    throw new DirectiveRuleError(
      'requestedDueOn',
      `特殊情况延期不超过立项后${DIRECTIVE_EXTENSION_MAX_WORKING_DAYS}个工作日（最迟 ${latest}），申请的日期是立项后第${days}个工作日`,
    );
  }
}
