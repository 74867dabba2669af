import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { FileExcelOutlined, FileWordOutlined, NotificationOutlined } from '@ant-design/icons';
import { CLEANLINESS_CHECK_STATUS_LABELS, CLEANLINESS_CRITERIA, CLEANLINESS_CRITERION_LABELS, type CleanlinessCheck, type CleanlinessDepartmentResult } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useIsPhone } from '../../../lib/use-media-query';
import { downloadCleanlinessBulletin, downloadCleanlinessRanking } from '../api/download-cleanliness-check';
import { usePublishCleanlinessCheck } from '../api/publish-cleanliness-check';
import { ScoreFormModal } from './score-form-modal';

interface CleanlinessCheckViewProps {
  check: CleanlinessCheck;
  onVersionConflict: () => void;
}

function RankTag({ rank }: { rank: number | null }) {
  if (rank === null) return <Tag>未评分</Tag>;
  return <Tag color={rank === 1 ? 'gold' : rank <= 3 ? 'blue' : 'default'}>第{rank}名</Tag>;
}

/**
 * One month's check: the drawn 科室 with their scores and places, scoring while it is open, then
 * 一通报 — publish, the Word bulletin and the Excel ranking.
 */
export function CleanlinessCheckView({ check, onVersionConflict }: CleanlinessCheckViewProps) {
  const isPhone = useIsPhone();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const publish = usePublishCleanlinessCheck();
  const [scoring, setScoring] = useState<CleanlinessDepartmentResult | null>(null);
  const [downloading, setDownloading] = useState<'docx' | 'xlsx' | null>(null);
  const open = check.status === 'drawn';
  const allScored = check.scoredCount === check.departmentCount;
  const mayScore = open && check.canWrite;

  const download = (kind: 'docx' | 'xlsx') => {
    setDownloading(kind);
    (kind === 'docx' ? downloadCleanlinessBulletin(check.id) : downloadCleanlinessRanking(check.id))
      .then(() => void message.success(kind === 'docx' ? '已生成通报' : '已导出排名'))
      .catch((error: unknown) => handleError(error))
      .finally(() => setDownloading(null));
  };

  const confirmPublish = () =>
    modal.confirm({
      title: '发布本月通报？',
      content: '发布后评分不能再修改，排名记入各科室平时考核。',
      okText: '发布',
      cancelText: '取消',
      onOk: () =>
        publish.mutateAsync({ id: check.id, version: check.version }).then(
          () => void message.success('已发布通报'),
          (error: unknown) => handleError(error, { onVersionConflict }),
        ),
    });

  const columns: TableColumnsType<CleanlinessDepartmentResult> = [
    { title: '名次', key: 'rank', render: (_, d) => <RankTag rank={d.rank} /> },
    { title: '科室', key: 'name', render: (_, d) => d.departmentName },
    ...CLEANLINESS_CRITERIA.map((c) => ({
      title: CLEANLINESS_CRITERION_LABELS[c],
      key: c,
      align: 'right' as const,
      render: (_: unknown, d: CleanlinessDepartmentResult) => (d.criterionTotals ? d.criterionTotals[c] : '—'),
    })),
    { title: '总分', key: 'total', align: 'right', render: (_, d) => (d.total === null ? '—' : <Typography.Text strong>{d.total}</Typography.Text>) },
    { title: '检查发现', key: 'note', render: (_, d) => orEmpty(d.note) },
    ...(mayScore
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, d: CleanlinessDepartmentResult) => (
              <Button size="small" type={d.total === null ? 'primary' : 'default'} onClick={() => setScoring(d)}>
                {d.total === null ? '评分' : '修改评分'}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="状态">
          <Tag color={open ? 'processing' : 'success'}>{CLEANLINESS_CHECK_STATUS_LABELS[check.status]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="抽查">
          {formatDateTime(check.drawnAt).slice(0, 16)} {check.drawnByName ?? ''}，随机抽取 {check.departmentCount} 个科室
        </Descriptions.Item>
        <Descriptions.Item label="评分">
          已评 {check.scoredCount} / {check.departmentCount}，满分 {check.maxTotal} 分
        </Descriptions.Item>
        {check.publishedAt && <Descriptions.Item label="通报">{formatDateTime(check.publishedAt).slice(0, 16)}</Descriptions.Item>}
      </Descriptions>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {mayScore && (
          <Button type="primary" icon={<NotificationOutlined />} disabled={!allScored} onClick={confirmPublish} loading={publish.isPending}>
            发布通报
          </Button>
        )}
        <Button icon={<FileWordOutlined />} disabled={!allScored} loading={downloading === 'docx'} onClick={() => download('docx')}>
          下载通报（Word）
        </Button>
        <Button icon={<FileExcelOutlined />} loading={downloading === 'xlsx'} onClick={() => download('xlsx')}>
          导出排名（Excel）
        </Button>
      </Flex>
      {!allScored && <Typography.Paragraph type="secondary">全部抽查科室评分后，可发布通报并下载。</Typography.Paragraph>}
      {isPhone ? (
        <Flex vertical gap={8}>
          {check.departments.map((d) => (
            <Card key={d.departmentId} size="small">
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong>{d.departmentName}</Typography.Text>
                <RankTag rank={d.rank} />
              </Flex>
              <div>{d.total === null ? '尚未评分' : `总分 ${d.total} / ${check.maxTotal}`}</div>
              {d.note && <Typography.Text type="secondary">{d.note}</Typography.Text>}
              {mayScore && (
                <Button block style={{ marginTop: 8 }} type={d.total === null ? 'primary' : 'default'} onClick={() => setScoring(d)}>
                  {d.total === null ? '评分' : '修改评分'}
                </Button>
              )}
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<CleanlinessDepartmentResult> rowKey="departmentId" size="small" pagination={false} scroll={TABLE_SCROLL} dataSource={check.departments} columns={columns} />
      )}
      <ScoreFormModal check={check} department={scoring} onClose={() => setScoring(null)} onVersionConflict={onVersionConflict} />
    </>
  );
}
