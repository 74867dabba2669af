import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectionDetail, ProblemDetail, RectificationDetail } from '@mofan/shared';
import { call, useTestApp } from '../../../test/test-app';
import { travel } from '../directives/directives.fixtures';
import { type SupervisionWorld, checkInput, completeCheck, createCheck, createSupervisionWorld, expectOk, handOver, problemInput, rectificationInput, registerProblem, stepOk } from './inspections.fixtures';

const t = useTestApp();
let w: SupervisionWorld;

beforeAll(async () => {
  t.clock.set('2026-03-02T09:00:00+08:00');
  w = await createSupervisionWorld(t);
});

/** A minute passes between steps, so the history shows each at its own time. */
async function later<T>(step: () => Promise<T>): Promise<T> {
  t.clock.advance(60_000);
  return step();
}

describe('acceptance: the 整改 closed loop of a 明查暗访 finding', () => {
  it('tags the problem, hands it over on a working-day limit, rejects once with a reason, accepts and closes it with the whole history; the same tag again at the unit is a repeat', async () => {
    // 四不两直: the plan is the inspectors' alone until the visit is done.
    let check: InspectionDetail = await createCheck(t, w.inspector, checkInput(w, { kind: 'unannounced_visit', title: '机关作风“四不两直”暗访' }));
    expect((await call(t, w.unitA, 'GET', `/api/inspections/${check.id}`)).statusCode).toBe(404);
    const problem = await later(() => registerProblem(t, w.inspector, problemInput(w, { inspectionId: check.id, tags: ['six.san', 'discipline.absent_post'], severity: 'serious' })));
    expect(problem).toMatchObject({ tags: ['six.san', 'discipline.absent_post'], severity: 'serious', repeatAtUnit: false });
    check = await later(() => completeCheck(t, w.inspector, check, '暗访1个单位，发现空岗问题1个'));

    let r: RectificationDetail = await later(() => handOver(t, w.inspector, problem, rectificationInput(w, { workingDays: 10 })));
    expect(r).toMatchObject({ startedOn: '2026-03-02', workingDays: 10, dueOn: '2026-03-16', status: 'in_progress' });

    r = await later(() => stepOk(t, w.officeHeadA, r, 'progress', { text: '已召开科室会议，明确AB岗' }));
    r = await later(() => stepOk(t, w.officeHeadA, r, 'evidence', { text: '会议记录、AB岗安排表（文字说明）' }));
    r = await later(() => stepOk(t, w.officeHeadA, r, 'submit', { text: '整改完成，窗口始终有人在岗' }));
    r = await later(() => stepOk(t, w.inspector, r, 'reopen', { reason: '未建立每日点名制度，请补充' }));
    expect(r).toMatchObject({ status: 'in_progress', submittedAt: null });
    r = await later(() => stepOk(t, w.officeHeadA, r, 'progress', { text: '已建立每日上班前点名制度' }));
    r = await later(() => stepOk(t, w.officeHeadA, r, 'submit', { text: '整改完成，附点名记录' }));
    r = await later(() => stepOk(t, w.inspector, r, 'accept', { note: '整改到位，同意销号' }));
    expect(r).toMatchObject({ status: 'closed', light: 'green', actions: [] });

    const history = r.events.map((e) => [e.action, e.note]);
    expect(history).toEqual([
      ['created', expect.stringContaining('10个工作日')],
      ['progress', '已召开科室会议，明确AB岗'],
      ['evidence', '会议记录、AB岗安排表（文字说明）'],
      ['submitted', '整改完成，窗口始终有人在岗'],
      ['reopened', '未建立每日点名制度，请补充'],
      ['progress', '已建立每日上班前点名制度'],
      ['submitted', '整改完成，附点名记录'],
      ['accepted', '整改到位，同意销号'],
    ]);
    const inspectorName = r.events[0]!.actorName;
    const handlerName = r.events[1]!.actorName;
    expect(inspectorName).not.toBe(handlerName);
    expect(r.events.map((e) => e.actorName)).toEqual([inspectorName, handlerName, handlerName, handlerName, inspectorName, handlerName, handlerName, inspectorName]);
    const times = r.events.map((e) => e.at);
    expect(new Set(times).size).toBe(times.length);
    expect([...times].sort()).toEqual(times);

    const closed = await call(t, w.unitA, 'GET', `/api/problems/${problem.id}`);
    expectOk(closed);
    expect(closed.json<ProblemDetail>()).toMatchObject({ status: 'closed', rectificationStatus: 'closed' });
    expect(closed.json<ProblemDetail>().rectification?.events).toHaveLength(8);
    const edit = await call(t, w.inspector, 'PATCH', `/api/problems/${problem.id}`, { version: closed.json<ProblemDetail>().version, facts: '改' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ error: { message: string } }>().error.message).toContain('已整改销号');

    // A month later a 明查 finds the same 散 at the same unit: a repeat, and one that came back after its 整改 was accepted.
    await travel(t, '2026-04-07T09:00:00+08:00');
    const second = await createCheck(t, w.inspector, checkInput(w, { title: '机关作风明查', plannedOn: '2026-04-07' }));
    const again = await registerProblem(t, w.inspector, problemInput(w, { inspectionId: second.id, nodeId: w.u.a.departments[1].id, personId: null, tags: ['six.san'], facts: '业务科上班时间无人' }));
    expect(again).toMatchObject({ repeatAtUnit: true, recurredAfterRectification: true });
    expect(again.repeats.repeatAtUnit).toEqual([{ id: problem.id, foundOn: '2026-03-02', tags: ['six.san'], acceptedOn: '2026-03-02' }]);
  });
});
