/**
 * Generates a benchmark city with set-based SQL (generate_series, INSERT … SELECT): no per-row
 * round trips, so issue 3's scale (300 units, 50,000 people, 1,000,000 records) is written in
 * minutes. Paths follow the app's rule — `/city/unit/…/`, party nodes under their unit's path —
 * because scope and compliance both read them.
 *
 * Everything runs on one connection: the helper tables are TEMP tables of that session and
 * `setseed` makes random() repeatable there.
 */
import type pg from 'pg';

export interface CityShape {
  units: number;
  people: number;
  /** The ledger's size to aim at; 月读一书 fills what the other kinds leave. */
  records: number;
  from: string;
  today: string;
}

export interface GenerationReport {
  steps: { label: string; ms: number; rows: number }[];
  counts: Record<string, number>;
  kinds: { kind: string; records: number }[];
  monthlyBookShare: number;
  fkChecksSkipped: boolean;
}

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '军', '涛', '明', '超', '霞', '平', '刚', '华'];
const DEPARTMENTS = ['办公室', '人事科', '机关党委办公室', '综合科', '业务一科', '业务二科'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const arr = (xs: readonly string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]`;
const pick = (xs: readonly string[]) => `(${arr(xs)})[1 + floor(random() * ${xs.length})::int]`;

export async function generateCity(client: pg.PoolClient, shape: CityShape): Promise<GenerationReport> {
  const steps: GenerationReport['steps'] = [];
  const run = async (label: string, text: string): Promise<number> => {
    const t0 = performance.now();
    const res = await client.query(text);
    const rows = res.rowCount ?? 0;
    steps.push({ label, ms: performance.now() - t0, rows });
    return rows;
  };
  const today = `'${shape.today}'::date`;
  const from = `'${shape.from}'::date`;
  /** A day of month m, never after today (the ledger holds what has happened). */
  const dayIn = (m: string, span = 28) => `(${m} + floor(random() * greatest(1, least(${span}, ${today} - ${m} + 1)))::int)`;

  await client.query('set synchronous_commit = off');
  await client.query("set maintenance_work_mem = '256MB'");
  await client.query("set work_mem = '64MB'");
  await client.query('select setseed(0.2026)');
  // Our rows are consistent by construction; skipping the FK triggers halves the ledger's insert
  // time. Needs a superuser (the embedded server); elsewhere the checks simply run.
  let fkChecksSkipped = true;
  try {
    await client.query('set session_replication_role = replica');
  } catch {
    fkChecksSkipped = false;
  }

  // ── Org trees ─────────────────────────────────────────────────────────────
  await run('city', `insert into org_nodes (id, tree, kind, name, path, sort_order) select id, 'admin', 'city', '基准市', '/' || id || '/', 0 from (select gen_random_uuid() as id) s`);
  await client.query(`create temp table b_unit as select gen_random_uuid() as id, n, c.id as city_id, c.path as city_path from generate_series(1, ${shape.units}) n, org_nodes c where c.kind = 'city'`);
  await client.query('alter table b_unit add column path text');
  await client.query(`update b_unit set path = city_path || id || '/'`);
  await run('units', `insert into org_nodes (id, tree, kind, name, code, parent_id, unit_id, path, sort_order) select id, 'admin', 'unit', '基准市第' || n || '单位', 'U' || n, city_id, id, path, n from b_unit`);
  await client.query(`create temp table b_dept as select gen_random_uuid() as id, u.id as unit_id, u.n as unit_n, d as n, u.path || '' as unit_path from b_unit u, generate_series(0, ${DEPARTMENTS.length - 1}) d`);
  await run(
    '科室',
    `insert into org_nodes (id, tree, kind, name, parent_id, unit_id, path, sort_order) select id, 'admin', 'department', (${arr(DEPARTMENTS)})[n + 1], unit_id, unit_id, unit_path || id || '/', n + 1 from b_dept`,
  );
  await client.query(`create temp table b_comm as select gen_random_uuid() as id, u.id as unit_id, u.path as unit_path from b_unit u`);
  await client.query(`alter table b_comm add column path text`);
  await client.query(`update b_comm set path = unit_path || id || '/'`);
  await run('机关党委', `insert into org_nodes (id, tree, kind, name, unit_id, path, sort_order) select id, 'party', 'party_committee', '机关党委', unit_id, path, 0 from b_comm`);
  await client.query(`create temp table b_branch as select gen_random_uuid() as id, c.id as comm_id, c.unit_id, b as n, c.path as comm_path from b_comm c, generate_series(0, 9) b`);
  await client.query(`alter table b_branch add column path text`);
  await client.query(`update b_branch set path = comm_path || id || '/'`);
  await run('党支部', `insert into org_nodes (id, tree, kind, name, parent_id, unit_id, path, sort_order) select id, 'party', 'branch', '机关第' || (${arr(CN)})[n + 1] || '党支部', comm_id, unit_id, path, n + 1 from b_branch`);
  await client.query(`create temp table b_group as select gen_random_uuid() as id, b.id as branch_id, b.unit_id, g as n, b.path as branch_path from b_branch b, generate_series(0, 1) g`);
  await run('党小组', `insert into org_nodes (id, tree, kind, name, parent_id, unit_id, path, sort_order) select id, 'party', 'party_group', '第' || (${arr(CN)})[n + 1] || '党小组', branch_id, unit_id, branch_path || id || '/', n + 1 from b_group`);
  for (const t of ['b_unit', 'b_dept', 'b_branch', 'b_group']) await client.query(`analyze ${t}`);

  // ── People ────────────────────────────────────────────────────────────────
  // Person i of a unit: 0 一把手, 1–4 班子成员, 5–10 科室负责人, 11–20 支部书记, 21–40 支部委员,
  // 41–50 纪检委员, 51–60 the secretaries before the 2024 换届; all of those are 党员. The rest are
  // 党员 with probability 0.72 (0.04 of them 预备党员), spread over the 科室 and 支部 round-robin.
  const base = Math.floor(shape.people / shape.units);
  const extra = shape.people - base * shape.units;
  await client.query(`
    create temp table b_person as
    select gen_random_uuid() as id, u.id as unit_id, u.n as unit_n, i,
           case when i < 5 then 0 when i <= 10 then i - 5 else i % 6 end as dept_n,
           random() as roll,
           case when i between 11 and 60 then (i - 11) % 10 else i % 10 end as branch_n,
           (i / 10) % 2 as group_n,
           case when i < 5 then (date '1966-01-01' + floor(random() * 4000)::int) else (date '1966-01-01' + floor(random() * 12800)::int) end as birth,
           case when random() < 0.03 then ${today} - floor(random() * least(300, ${today} - date_trunc('year', ${today})::date))::int
                else date '1990-07-01' + floor(random() * 12600)::int end as hired_on
    from b_unit u, generate_series(0, ${base} - 1 + case when u.n <= ${extra} then 1 else 0 end) i`);
  await client.query(`
    alter table b_person add column dept_id uuid, add column branch_id uuid, add column group_id uuid, add column joined date, add column status text,
      add column name text, add column party boolean, add column probationary boolean`);
  await client.query(`update b_person set party = i <= 60 or roll < 0.72, probationary = i > 60 and roll < 0.04`);
  await client.query(`update b_person p set dept_id = d.id from b_dept d where d.unit_id = p.unit_id and d.n = p.dept_n`);
  await client.query(`update b_person p set branch_id = b.id from b_branch b where p.party and b.unit_id = p.unit_id and b.n = p.branch_n`);
  await client.query(`update b_person p set group_id = g.id from b_group g where g.branch_id = p.branch_id and g.n = p.group_n`);
  await client.query(`
    update b_person set
      status = case when not party then ${pick(['league_member', 'masses', 'masses', 'democratic_party'])} when probationary then 'probationary_member' else 'party_member' end,
      joined = case when not party then null when probationary then ${today} - 200 + floor(random() * 150)::int else least(birth + 8000 + floor(random() * 4000)::int, date '2023-12-01') end,
      name = ${pick(SURNAMES)} || ${pick(GIVEN)} || case when random() < 0.6 then ${pick(GIVEN)} else '' end`);
  await client.query('create index on b_person (branch_id)');
  await client.query('create index on b_person (unit_id, i)');
  await client.query('analyze b_person');
  await run(
    'people',
    `insert into people (id, name, gender, id_card_no, birth_date, ethnicity, job_title, hired_on, unit_id, department_id, political_status, joined_party_on, full_member_on, branch_id, party_group_id)
     select id, name, case when random() < 0.56 then 'male' else 'female' end, '36' || lpad(unit_n::text, 6, '0') || lpad(i::text, 10, '0'), birth, '汉族',
            case when i = 0 then '局长' when i < 5 then '副局长' when i <= 10 then '科长' else '科员' end, hired_on, unit_id, dept_id, status, joined,
            case when status = 'party_member' then joined + 365 end, branch_id, group_id
     from b_person`,
  );

  // ── Posts ─────────────────────────────────────────────────────────────────
  await run('primary posts', `insert into posts (person_id, node_id, role, is_primary, start_date) select id, dept_id, 'department_member', true, hired_on from b_person`);
  await run(
    'leadership posts',
    `insert into posts (person_id, node_id, role, start_date) select id, unit_id, case when i = 0 then 'top_leader' else 'leadership_member' end,
       case when i = 0 then date '2023-02-01' else date '2022-06-01' end from b_person where i < 5`,
  );
  // Each 班子成员 分管 two 科室 (the first two 科室 have two 分管领导).
  await run(
    '分管',
    `insert into post_supervised_departments (post_id, department_id)
     select po.id, d.id from posts po join b_person p on p.id = po.person_id and po.role = 'leadership_member'
       join b_dept d on d.unit_id = p.unit_id and d.n in (((p.i - 1) * 2) % 6, ((p.i - 1) * 2 + 1) % 6)`,
  );
  await run('科室负责人', `insert into posts (person_id, node_id, role, start_date) select id, dept_id, 'department_head', date '2021-09-01' from b_person where i between 5 and 10`);
  await run(
    'branch posts',
    `insert into posts (person_id, node_id, role, start_date, end_date)
     select id, branch_id,
       case when i <= 20 then 'branch_secretary' when i <= 40 then 'branch_committee_member' when i <= 50 then 'discipline_member' else 'branch_secretary' end,
       case when i <= 50 then date '2024-05-01' else date '2021-05-01' end,
       case when i > 50 then date '2024-04-30' end
     from b_person where i between 11 and 60`,
  );

  // ── Calendar ──────────────────────────────────────────────────────────────
  await client.query(`create temp table b_month as select m::date as m, extract(month from m)::int as mo, extract(year from m)::int as y from generate_series(${from}, date_trunc('month', ${today}), interval '1 month') m`);
  await client.query(`create temp table b_week as select w::date as w from generate_series(${from} - extract(isodow from ${from})::int + 1, ${today}, interval '1 week') w where w::date + 4 >= ${from}`);
  await client.query(`create temp table b_year as select y, make_date(y, 1, 1) as y0 from generate_series(extract(year from ${from})::int, extract(year from ${today})::int) y`);

  /** An INSERT … SELECT into the ledger: the columns in this order, from the given FROM clause. */
  const ledger = (label: string, select: string) =>
    run(`ledger: ${label}`, `insert into activity_records (owner_node_id, person_id, kinds, occurred_on, ends_on, topic, host_person_id, lecturer_person_id, details) ${select}`);

  // The FK triggers are off or on as settled above; the non-key indexes are rebuilt once after
  // the bulk insert, which is several times faster than maintaining a GIN index row by row.
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where tablename in ('activity_records', 'activity_participants')
       and not exists (select 1 from pg_constraint c where c.conname = indexname)`,
  );
  for (const ix of indexes.rows) await client.query(`drop index ${ix.indexname}`);

  // 党支部: 支委会 and 主题党日 monthly (党课 with the 主题党日 each quarter's last month), 党员大会
  // quarterly, 换届 in May 2024, the yearly 组织生活会 / 民主评议 / 党章学习 / 双报告, 双报到 once;
  // 党小组会 monthly in 40% of months.
  await ledger('支委会', `select b.id, null, array['committee_meeting'], ${dayIn('m.m')}, null, '研究支部工作', null, null, '{}'::jsonb from b_branch b, b_month m where random() < 0.92`);
  await ledger(
    '主题党日',
    `select b.id, null, case when x.lecture then array['theme_day','party_lecture'] else array['theme_day'] end, ${dayIn('x.m')}, null, '主题党日', null,
       case when x.lecture then s.id end, '{}'::jsonb
     from (select b.id as bid, m.m, m.mo % 3 = 0 and random() < 0.85 as lecture from b_branch b, b_month m where random() < 0.9) x
       join b_branch b on b.id = x.bid join b_person s on s.unit_id = b.unit_id and s.i = 11 + b.n`,
  );
  await ledger('党员大会', `select b.id, null, array['members_meeting'], ${dayIn('m.m')}, null, '支部党员大会', null, null, '{}'::jsonb from b_branch b, b_month m where m.mo % 3 = 0 and random() < 0.9`);
  await ledger('换届选举', `select b.id, null, array['election','members_meeting'], date '2024-05-10' + floor(random() * 20)::int, null, '支部委员会换届选举', null, null, '{}'::jsonb from b_branch b`);
  await ledger(
    '年度组织生活',
    `select id, null, array[k], d, null, null, null, null, '{}'::jsonb
     from (select b.id, k, make_date(y.y, case when k in ('life_meeting','democratic_review') then 12 else 3 + floor(random() * 8)::int end, 5 + floor(random() * 20)::int) as d
           from b_branch b, b_year y, unnest(array['life_meeting','democratic_review','charter_study','double_report_report']) k) x
     where d <= ${today} and random() < 0.95`,
  );
  await ledger('双报到', `select b.id, null, array['double_report_register'], date '2024-03-01' + floor(random() * 28)::int, null, null, null, null, '{}'::jsonb from b_branch b`);
  await ledger('党小组会', `select g.id, null, array['group_meeting'], ${dayIn('m.m')}, null, null, null, null, '{}'::jsonb from b_group g, b_month m where random() < 0.4`);

  // 单位: weekly 周碰头 and 业务讲堂; monthly 中心组学习, 第一议题, 月小结, 清洁机关检查; quarterly 季督查,
  // 工会活动, 警示教育; half-yearly 务虚会, 班子研究党风廉政; yearly items; the leaders' 廉政党课,
  // 现场办公 (quarterly) and 宣讲 (half-yearly).
  await ledger(
    '周碰头 / 业务讲堂',
    `select u.id, null, array[k], least(w.w + floor(random() * 5)::int, ${today}), null, null, null, null, '{}'::jsonb
     from b_unit u, b_week w, unnest(array['weekly_huddle','business_lecture']) k where random() < case k when 'weekly_huddle' then 0.9 else 0.6 end`,
  );
  await ledger(
    '月度单位活动',
    `select u.id, null, array[k], ${dayIn('m.m')}, null, null, case when k = 'center_group_study' then t.id end, null, '{}'::jsonb
     from b_unit u join b_person t on t.unit_id = u.id and t.i = 0, b_month m, unnest(array['center_group_study','first_topic','monthly_summary','clean_check']) k
     where random() < 0.9`,
  );
  await ledger('季度单位活动', `select u.id, null, array[k], ${dayIn('m.m')}, null, null, null, null, '{}'::jsonb from b_unit u, b_month m, unnest(array['quarterly_check','union_activity','warning_education']) k where m.mo % 3 = 0 and random() < 0.9`);
  await ledger('半年单位活动', `select u.id, null, array[k], ${dayIn('m.m')}, null, null, null, null, '{}'::jsonb from b_unit u, b_month m, unnest(array['work_retreat','leadership_clean_study']) k where m.mo in (6, 12) and random() < 0.95`);
  await ledger(
    '年度单位活动',
    `select u.id, null, array[k], d, null, '年度事项', null, null,
       case when k = 'org_practical_matter' then jsonb_build_object('place', '挂钩村', 'claimedOn', d::text, 'solvedOn', d::text, 'solution', '已解决') else '{}'::jsonb end
     from (select u.id, k, case k when 'annual_clean_plan' then make_date(y.y, 3, 10) when 'responsibility_report' then make_date(y.y, 12, 20)
             else make_date(y.y, 4 + floor(random() * 6)::int, 1 + floor(random() * 27)::int) end as d
           from b_unit u, b_year y, unnest(array['reading_class','research_exchange','family_activity','eco_analysis','org_practical_matter','annual_clean_plan','responsibility_report']) k) u
     where d <= ${today} and random() < 0.95`,
  );
  await ledger(
    '廉政党课',
    `select p.unit_id, null, array['clean_lecture'], ${dayIn('m.m')}, null, '廉政党课', null, p.id, '{}'::jsonb
     from b_person p, b_month m where p.i < 5 and (m.mo = case when p.i = 0 then 7 else 4 end or (p.i > 0 and m.mo = 10)) and random() < 0.95`,
  );
  await ledger(
    '现场办公 / 宣讲',
    `select p.unit_id, null, array[k], ${dayIn('m.m')}, null, null, case when k = 'site_office' then p.id end, case when k = 'propaganda' then p.id end,
       case when k = 'propaganda' then '{"place":"社区"}'::jsonb else '{}'::jsonb end
     from b_person p, b_month m, unnest(array['site_office','propaganda']) k
     where p.i < 5 and ((k = 'site_office' and m.mo % 3 = 2) or (k = 'propaganda' and m.mo in (5, 11))) and random() < 0.9`,
  );

  // 科室: 业务问答 and 闭卷考试 quarterly, 调研选题 (Jan) and 调研报告 (May) yearly, 问答汇编 once;
  // the 分管领导's 听取汇报 and 廉政谈话 half-yearly per 分管科室 (the leader as host).
  await ledger('季度科室活动', `select d.id, null, array[k], ${dayIn('m.m')}, null, null, null, null, '{}'::jsonb from b_dept d, b_month m, unnest(array['qa_quiz','business_exam']) k where m.mo % 3 = 0 and random() < 0.9`);
  await ledger(
    '调研',
    `select d.id, null, array[k], make_date(y.y, case k when 'research_topic' then 1 else 5 end, 10 + floor(random() * 15)::int), null, '调研课题', null, null, '{}'::jsonb
     from b_dept d, b_year y, unnest(array['research_topic','research_report']) k where random() < 0.95`,
  );
  await ledger('问答汇编', `select d.id, null, array['qa_bank'], date '2024-04-01' + floor(random() * 60)::int, null, null, null, null, '{}'::jsonb from b_dept d`);
  await ledger(
    '听取汇报 / 廉政谈话',
    `select s.department_id, null, array[k], ${dayIn('m.m')}, null, null, po.person_id, null, case when k = 'clean_talk' then '{"triggerReason":"常态谈话"}'::jsonb else '{}'::jsonb end
     from post_supervised_departments s join posts po on po.id = s.post_id, b_month m, unnest(array['hear_report','clean_talk']) k
     where m.mo in (5, 11) and random() < 0.9`,
  );

  // Personal records, owned by the person's 科室: 下基层 (leaders monthly, 3–10 days; others
  // half-yearly for 10%, 5–20 days), 结对登记 once, 结对走访 5% of quarters, 办实事 15% of years,
  // 联系群众 15% of years, 助廉承诺 20% once; 月读一书 fills the rest of the target.
  await ledger(
    '下基层',
    `select p.dept_id, p.id, array['field_trip'], d, least(d + case when p.i < 5 then 2 + floor(random() * 8)::int else 4 + floor(random() * 16)::int end, ${today}),
       null, null, null, '{"place":"基层一线","purpose":"专题调研"}'::jsonb
     from (select p.*, ${dayIn('m.m')} as d, m.mo from b_person p, b_month m where (p.i < 5 and random() < 0.9) or (p.i >= 5 and m.mo in (4, 10) and random() < 0.1)) p`,
  );
  await ledger('结对登记', `select p.dept_id, p.id, array['pair_registration'], date '2024-03-01' + floor(random() * 90)::int, null, null, null, null, '{"household":"结对农户"}'::jsonb from b_person p where p.status = 'party_member' and random() < 0.9`);
  await ledger('结对走访', `select p.dept_id, p.id, array['pair_visit'], ${dayIn('m.m')}, null, null, null, null, '{}'::jsonb from b_person p, b_month m where p.status = 'party_member' and m.mo % 3 = 2 and random() < 0.05`);
  await ledger(
    '办实事 / 联系群众',
    `select p.dept_id, p.id, array[k], d, null, '群众需求', null, null,
       case when k = 'practical_matter' then jsonb_build_object('claimedOn', d::text, 'solvedOn', d::text, 'solution', '已解决') else '{}'::jsonb end
     from (select p.*, k, make_date(y.y, 3 + floor(random() * 8)::int, 1 + floor(random() * 27)::int) as d from b_person p, b_year y, unnest(array['practical_matter','mass_contact']) k
           where p.party and random() < 0.15) p where d <= ${today}`,
  );
  await ledger('助廉承诺', `select p.dept_id, p.id, array['family_pledge'], date '2024-06-01' + floor(random() * 180)::int, null, null, null, null, '{"familyMember":"配偶"}'::jsonb from b_person p where random() < 0.2`);

  const soFar = Number((await client.query<{ n: string }>('select count(*) as n from activity_records')).rows[0]?.n ?? 0);
  const personMonths = Number((await client.query<{ n: string }>('select (select count(*) from b_person) * (select count(*) from b_month) as n')).rows[0]?.n ?? 1);
  const monthlyBookShare = Math.max(0, Math.min(1, (shape.records - soFar) / personMonths));
  await ledger(
    '月读一书',
    `select p.dept_id, p.id, array['monthly_book'], ${dayIn('m.m')}, null, null, null, null, jsonb_build_object('bookTitle', ${pick(['之江新语', '摆脱贫困', '中国共产党简史', '乡土中国', '平凡的世界'])})
     from b_person p, b_month m where random() < ${monthlyBookShare}`,
  );

  // Attendance for the 党支部's meetings only: the 支委 at 支委会, every member at 主题党日 / 党员大会
  // / 换届 (8% absent with a reason).
  await run(
    'attendance: 支委会',
    `insert into activity_participants (record_id, person_id, present, absence_reason)
     select id, pid, present, case when not present then '请假（出差）' end
     from (select r.id, p.id as pid, random() < 0.92 as present from activity_records r join b_person p on p.branch_id = r.owner_node_id and p.i between 11 and 50
           where r.kinds = array['committee_meeting']) s`,
  );
  await run(
    'attendance: 主题党日 / 党员大会',
    `insert into activity_participants (record_id, person_id, present, absence_reason)
     select id, pid, present, case when not present then '请假（病假）' end
     from (select r.id, p.id as pid, random() < 0.92 as present from activity_records r join b_person p on p.branch_id = r.owner_node_id
           where r.kinds && array['theme_day','members_meeting']) s`,
  );
  for (const ix of indexes.rows) await run(`index ${ix.indexname}`, ix.indexdef);
  if (fkChecksSkipped) await client.query('set session_replication_role = origin');
  for (const t of ['b_unit', 'b_dept', 'b_comm', 'b_branch', 'b_group', 'b_person', 'b_month', 'b_week', 'b_year']) await client.query(`drop table ${t}`);
  const t0 = performance.now();
  await client.query('vacuum analyze');
  steps.push({ label: 'vacuum analyze', ms: performance.now() - t0, rows: 0 });

  const counts: Record<string, number> = {};
  for (const [label, text] of [
    ['units', "select count(*) from org_nodes where kind = 'unit'"],
    ['departments', "select count(*) from org_nodes where kind = 'department'"],
    ['branches', "select count(*) from org_nodes where kind = 'branch'"],
    ['party groups', "select count(*) from org_nodes where kind = 'party_group'"],
    ['people', 'select count(*) from people'],
    ['party members', "select count(*) from people where political_status in ('party_member','probationary_member')"],
    ['posts', 'select count(*) from posts'],
    ['分管 pairs', 'select count(*) from post_supervised_departments'],
    ['records', 'select count(*) from activity_records'],
    ['participants', 'select count(*) from activity_participants'],
  ] as const) {
    counts[label] = Number((await client.query<{ count: string }>(text)).rows[0]?.count ?? 0);
  }
  const kinds = (await client.query<{ kind: string; n: string }>('select k as kind, count(*) as n from activity_records, unnest(kinds) k group by k order by count(*) desc')).rows.map((r) => ({
    kind: r.kind,
    records: Number(r.n),
  }));
  return { steps, counts, kinds, monthlyBookShare, fkChecksSkipped };
}
