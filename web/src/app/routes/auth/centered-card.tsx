import type { ReactNode } from 'react';
import { Card, Flex } from 'antd';
import { DemoBanner } from '../../../components/demo-banner';

interface CenteredCardProps {
  demo: boolean;
  children: ReactNode;
}

/** The frame of the pages shown before the app layout: login and the forced password change. */
export function CenteredCard({ demo, children }: CenteredCardProps) {
  return (
    <>
      {demo && <DemoBanner />}
      <Flex align="center" justify="center" style={{ minHeight: '90vh', padding: 16 }}>
        <Card style={{ width: '100%', maxWidth: 420 }}>{children}</Card>
      </Flex>
    </>
  );
}
