import { Descriptions } from 'antd';
import { GENDER_LABELS, isPartyMember, POLITICAL_STATUS_LABELS, type PersonDetail } from '@mofan/shared';
import { formatDate, orEmpty } from '../../../lib/format';
import { PersonStatusTag } from './person-status-tag';

export function PersonDescriptions({ person }: { person: PersonDetail }) {
  const member = isPartyMember(person.politicalStatus);
  const items = [
    { key: 'name', label: '姓名', children: person.name },
    { key: 'gender', label: '性别', children: GENDER_LABELS[person.gender] },
    { key: 'idCardNo', label: '身份证号', children: person.idCardNo },
    { key: 'birthDate', label: '出生日期', children: orEmpty(formatDate(person.birthDate)) },
    { key: 'ethnicity', label: '民族', children: orEmpty(person.ethnicity) },
    { key: 'phone', label: '手机号', children: orEmpty(person.phone) },
    { key: 'unit', label: '单位', children: person.unitName },
    { key: 'department', label: '科室', children: person.departmentName },
    { key: 'jobTitle', label: '职务', children: orEmpty(person.jobTitle) },
    { key: 'hiredOn', label: '入职日期', children: orEmpty(formatDate(person.hiredOn)) },
    { key: 'politicalStatus', label: '政治面貌', children: POLITICAL_STATUS_LABELS[person.politicalStatus] },
    { key: 'status', label: '状态', children: <PersonStatusTag status={person.status} /> },
    ...(member
      ? [
          { key: 'joinedPartyOn', label: '入党日期', children: orEmpty(formatDate(person.joinedPartyOn)) },
          { key: 'fullMemberOn', label: '转正日期', children: orEmpty(formatDate(person.fullMemberOn)) },
          { key: 'branch', label: '党支部', children: orEmpty(person.branchName) },
          { key: 'partyGroup', label: '党小组', children: orEmpty(person.partyGroupName) },
        ]
      : []),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />;
}
