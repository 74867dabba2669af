import { Button, Flex } from 'antd';

interface FormButtonsProps {
  loading: boolean;
  onCancel: () => void;
  submitText?: string;
}

/** 取消 / 保存 at the foot of a form; 保存 submits the surrounding antd Form. */
export function FormButtons({ loading, onCancel, submitText = '保存' }: FormButtonsProps) {
  return (
    <Flex justify="end" gap={8}>
      <Button onClick={onCancel}>取消</Button>
      <Button type="primary" htmlType="submit" loading={loading}>
        {submitText}
      </Button>
    </Flex>
  );
}
