import { App, Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { POST_ROLE_LABELS, type Post } from '@mofan/shared';
import { formatDate, orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeletePost } from '../api/delete-post';

interface PostsTableProps {
  posts: Post[];
  canWrite: boolean;
  onEnd: (post: Post) => void;
}

/** The whole history, current posts first: ending a post keeps it here with its end date. */
export function PostsTable({ posts, canWrite, onEnd }: PostsTableProps) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const deleteMutation = useDeletePost();

  const confirmDelete = (post: Post) =>
    modal.confirm({
      title: `删除「${POST_ROLE_LABELS[post.role]} · ${post.nodeName}」这条任职记录？`,
      content: '仅用于更正录入错误。已结束的任职请保留，以便查询历史在任情况。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation
          .mutateAsync(post.id)
          .then(() => void message.success('已删除'))
          .catch((error: unknown) => handleError(error)),
    });

  const sorted = [...posts].sort((a, b) => {
    if ((a.endDate === null) !== (b.endDate === null)) return a.endDate === null ? -1 : 1;
    return b.startDate.localeCompare(a.startDate);
  });

  const columns: TableColumnsType<Post> = [
    {
      title: '职务',
      key: 'role',
      render: (_, p) => (
        <>
          {POST_ROLE_LABELS[p.role]}
          {!p.isPrimary && <Tag style={{ marginInlineStart: 8 }}>兼</Tag>}
        </>
      ),
    },
    { title: '任职组织', dataIndex: 'nodeName', key: 'node' },
    { title: '开始', key: 'start', render: (_, p) => formatDate(p.startDate) },
    {
      title: '结束',
      key: 'end',
      render: (_, p) => (p.endDate ? formatDate(p.endDate) : <Tag color="green">在任</Tag>),
    },
    {
      title: '分管科室',
      key: 'supervised',
      render: (_, p) => orEmpty(p.supervisedDepartments.map((d) => d.name).join('、')),
    },
    { title: '备注', key: 'note', render: (_, p) => orEmpty(p.note) },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, p: Post) => (
              <Flex gap={4}>
                {p.endDate === null && (
                  <Button size="small" onClick={() => onEnd(p)}>
                    离任
                  </Button>
                )}
                <Button size="small" danger onClick={() => confirmDelete(p)}>
                  删除
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<Post>
      rowKey="id"
      columns={columns}
      dataSource={sorted}
      pagination={false}
      size="small"
      scroll={TABLE_SCROLL}
      locale={{ emptyText: '暂无任职记录' }}
    />
  );
}
