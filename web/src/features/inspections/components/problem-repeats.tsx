import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { problemTagLabel, type EarlierProblemView, type ProblemRepeatsView } from '@mofan/shared';
import { problemPath } from './inspection-paths';

function Earlier({ items, accepted }: { items: readonly EarlierProblemView[]; accepted: boolean }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((e) => (
        <li key={e.id}>
          <Link to={problemPath(e.id)}>{e.foundOn} 发现的问题</Link>
          <Typography.Text type="secondary">
            （{e.tags.map(problemTagLabel).join('、')}
            {accepted && e.acceptedOn ? `；${e.acceptedOn} 整改销号` : ''}）
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/** Why a problem carries its repeat flags: the earlier problems and the units behind each. */
export function ProblemRepeats({ repeats }: { repeats: ProblemRepeatsView }) {
  const { repeatAtUnit, widespread, recurredAfterRectification } = repeats;
  if (repeatAtUnit.length === 0 && widespread.length === 0 && recurredAfterRectification.length === 0) {
    return <Typography.Text type="secondary">未发现同类问题重复出现</Typography.Text>;
  }
  return (
    <Flex vertical gap={8} data-testid="problem-repeats">
      {repeatAtUnit.length > 0 && (
        <div>
          <Typography.Text strong>再次出现：</Typography.Text>同一单位一年内此前已有同类问题
          <Earlier items={repeatAtUnit} accepted={false} />
        </div>
      )}
      {recurredAfterRectification.length > 0 && (
        <div>
          <Typography.Text strong>整改后反复：</Typography.Text>同类问题此前已整改销号，又再次出现
          <Earlier items={recurredAfterRectification} accepted />
        </div>
      )}
      {widespread.length > 0 && (
        <div>
          <Typography.Text strong>普遍发生：</Typography.Text>
          {widespread.map((w) => `${problemTagLabel(w.tag)}（90日内 ${w.unitCount} 个单位）`).join('、')}
        </div>
      )}
    </Flex>
  );
}
