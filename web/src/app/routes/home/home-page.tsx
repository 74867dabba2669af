import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PERMISSION_LABELS, type ScopeGrant } from '@mofan/shared';
import { PageHeader } from '../../../components/page-header';
import { TABLE_SCROLL } from '../../../lib/table';
import { useCurrentUser } from '../../current-user';
import { visibleNavItems } from '../../nav-items';

/** By the hour in Asia/Shanghai, whatever zone the browser is set to. */
function greeting(now: Date): string {
  const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', hour: 'numeric', hourCycle: 'h23' }).format(now));
  if (hour < 6) return '夜深了';
  if (hour < 12) return '上午好';
  if (hour < 14) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

const grantColumns = [
  { title: '角色', dataIndex: 'roleName', key: 'role' },
  {
    title: '数据范围',
    key: 'scope',
    render: (_: unknown, g: ScopeGrant) => g.scopeNodeName ?? (g.scopeNodeId ? '（已删除的组织）' : '全局'),
  },
  {
    title: '来源',
    key: 'source',
    render: (_: unknown, g: ScopeGrant) =>
      g.source === 'grant' ? <Tag color="blue">授权</Tag> : <Tag color="green">任职自动获得</Tag>,
  },
  {
    title: '权限',
    key: 'permissions',
    render: (_: unknown, g: ScopeGrant) => g.permissions.map((p) => PERMISSION_LABELS[p]).join('、'),
  },
];

export function HomePage() {
  const me = useCurrentUser();
  const links = visibleNavItems(me).filter((item) => item.path !== '/');

  return (
    <>
      <PageHeader title={`${greeting(new Date())}，${me.displayName}`} />
      <Card title="我的授权" style={{ marginBottom: 16 }}>
        <Table<ScopeGrant>
          rowKey={(g) => `${g.source}:${g.roleCode}:${g.scopeNodeId ?? 'all'}`}
          columns={grantColumns}
          dataSource={me.grants}
          pagination={false}
          size="small"
          scroll={TABLE_SCROLL}
          locale={{ emptyText: '暂无授权。如需使用各项功能，请联系管理员。' }}
        />
      </Card>
      {links.length > 0 && (
        <Card title="常用入口">
          <Row gutter={[16, 16]}>
            {links.map((item) => (
              <Col key={item.path} xs={24} sm={12} lg={8}>
                <Link to={item.path} style={{ display: 'block' }}>
                  <Card hoverable size="small">
                    <Card.Meta avatar={item.icon} title={item.label} description={item.description} />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        数据范围内可见的组织与人员由授权决定；任职（如支部书记）会自动获得相应范围的权限。
      </Typography.Paragraph>
    </>
  );
}
