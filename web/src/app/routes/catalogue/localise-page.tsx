import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Form, Spin, Tabs, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useCatalogue } from '../../../features/catalogue/api/get-catalogue';
import { useEffectiveCatalogue, type EffectiveRequirementView } from '../../../features/catalogue/api/get-effective-catalogue';
import { useDeleteSetting } from '../../../features/catalogue/api/delete-setting';
import { useSettings } from '../../../features/catalogue/api/list-settings';
import { localisationKeys } from '../../../features/catalogue/api/query-keys';
import { AdjustRuleModal, type SettingTarget } from '../../../features/catalogue/components/adjust-rule-modal';
import { DisableRequirementModal } from '../../../features/catalogue/components/disable-requirement-modal';
import { LocaliseTable } from '../../../features/catalogue/components/localise-table';
import { SettingsTable } from '../../../features/catalogue/components/settings-table';
import { OwnRequirementsPanel } from '../../../features/programmes/components/own-requirements-panel';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { readEnum, readString, withParams } from '../../../lib/search-params';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCurrentUser } from '../../current-user';

const TABS = ['requirements', 'own', 'below'] as const;
const LOCALISING_KINDS = ['city', 'district', 'system', 'unit'] as const;

/** 结合实际调整: a unit (or the 工委 for the city) raises, switches off or reverts requirements, and adds its own. */
export function LocalisePage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  // Opens on the node the user may localise: the scope of their first grant carrying catalogue.write.
  const home = me.grants.find((g) => g.scopeNodeId && g.permissions.includes('catalogue.write'));
  const nodeId = readString(params, 'nodeId') ?? home?.scopeNodeId ?? undefined;
  const tab = readEnum(params, 'tab', TABS) ?? 'requirements';
  const effective = useEffectiveCatalogue(nodeId);
  const settings = useSettings(nodeId);
  const catalogue = useCatalogue();
  const revert = useDeleteSetting();
  const [adjusting, setAdjusting] = useState<SettingTarget | null>(null);
  const [disabling, setDisabling] = useState<SettingTarget | null>(null);

  const baseRules = useMemo(() => new Map(catalogue.data?.requirements.map((r) => [r.id, r.rule])), [catalogue.data]);
  const set = (changes: Record<string, string | undefined>) => setParams(withParams(params, changes));
  const reload = () => void queryClient.invalidateQueries({ queryKey: localisationKeys.all });

  // The server wants the version of the node's own setting to change it; the effective view does not carry it.
  const targetOf = (requirement: EffectiveRequirementView): SettingTarget | null => {
    if (!nodeId) return null;
    const own = settings.data?.find((s) => s.kind === 'setting' && s.nodeId === nodeId && s.requirementId === requirement.id);
    return { nodeId, requirement, version: own?.version };
  };

  const onRevert = (requirement: EffectiveRequirementView) => {
    if (!nodeId) return;
    revert.mutate(
      { nodeId, requirementId: requirement.id },
      {
        onSuccess: () => void message.success('已恢复上级要求'),
        onError: (error) => {
          handleError(error);
          reload();
        },
      },
    );
  };

  const requirementsBody = () => {
    if (effective.isError) return <QueryErrorResult error={effective.error} onRetry={() => void effective.refetch()} />;
    if (effective.isPending || settings.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    return (
      <>
        <Typography.Paragraph type="secondary">
          结合本地实际，可以提高要求（更多次数、更早时限），也可以停用不适用的要求并说明理由，还可以在“本级自定要求”中增设目录之外的要求；调整对本级及下级生效，上级可以看到调整内容和理由。
        </Typography.Paragraph>
        <LocaliseTable
          nodeId={nodeId ?? ''}
          requirements={effective.data.requirements}
          onAdjust={(r) => setAdjusting(targetOf(r))}
          onDisable={(r) => setDisabling(targetOf(r))}
          onRevert={onRevert}
          reverting={revert.isPending ? (revert.variables.requirementId ?? null) : null}
          onOpenOwn={() => set({ tab: 'own' })}
        />
      </>
    );
  };

  const belowBody = () => {
    if (settings.isError) return <QueryErrorResult error={settings.error} onRetry={() => void settings.refetch()} />;
    return <SettingsTable settings={settings.data ?? []} baseRules={baseRules} loading={settings.isPending} />;
  };

  return (
    <>
      <PageHeader
        title="结合实际调整"
        extra={
          <Link to="/catalogue">
            <Button>查看制度要求目录</Button>
          </Link>
        }
      />
      <Card>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 12 }} aria-label="选择组织">
          <Form.Item label="组织" htmlFor="localise-node">
            <OrgNodePicker
              id="localise-node"
              kinds={LOCALISING_KINDS}
              value={nodeId ?? null}
              initialLabel={nodeId === home?.scopeNodeId ? (home?.scopeNodeName ?? null) : null}
              allowClear={false}
              onChange={(id) => set({ nodeId: id ?? undefined })}
              placeholder="输入市、县区或单位名称搜索"
              style={{ width: 280, maxWidth: '100%' }}
            />
          </Form.Item>
        </Form>
        {nodeId ? (
          <Tabs
            activeKey={tab}
            onChange={(key) => set({ tab: key === 'requirements' ? undefined : key })}
            items={[
              { key: 'requirements', label: '本级适用要求', children: requirementsBody() },
              { key: 'own', label: '本级自定要求', children: <OwnRequirementsPanel nodeId={nodeId} /> },
              { key: 'below', label: '下级调整情况', children: belowBody() },
            ]}
          />
        ) : (
          <Empty description="请选择要调整的市、县区或单位" />
        )}
      </Card>
      <AdjustRuleModal target={adjusting} onClose={() => setAdjusting(null)} onConflict={reload} />
      <DisableRequirementModal target={disabling} onClose={() => setDisabling(null)} onConflict={reload} />
    </>
  );
}
