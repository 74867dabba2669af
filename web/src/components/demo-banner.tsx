/** Shown on every page of a demo installation so no one mistakes its invented data for real records. */
export function DemoBanner() {
  return (
    <div
      role="status"
      data-testid="demo-banner"
      style={{ background: '#fa8c16', color: '#fff', textAlign: 'center', padding: '4px 12px', fontSize: 14 }}
    >
      演示环境：数据均为虚构
    </div>
  );
}
