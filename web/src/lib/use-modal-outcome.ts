import { App, type FormInstance } from 'antd';
import { useApiErrorHandler } from './use-api-error';

interface ModalOutcomeOptions {
  /** Field errors of a 400 go under this form's fields. */
  form?: FormInstance;
  onClose: () => void;
  /** Reloads the record after a 409 VERSION_CONFLICT; the modal closes either way. */
  onVersionConflict?: () => void;
}

/**
 * How every modal form ends its save: on success a message and the modal closed; on failure the
 * shared error handling, and on a version conflict the record reloaded and the modal closed.
 */
export function useModalOutcome({ form, onClose, onVersionConflict }: ModalOutcomeOptions): (success: string, formOfThisSave?: FormInstance) => { onSuccess: () => void; onError: (error: unknown) => void } {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  return (success, formOfThisSave) => {
    const fieldsOn = formOfThisSave ?? form;
    return {
      onSuccess: () => {
        void message.success(success);
        onClose();
      },
      onError: (error) =>
        handleError(error, {
          ...(fieldsOn ? { form: fieldsOn } : {}),
          onVersionConflict: () => {
            onVersionConflict?.();
            onClose();
          },
        }),
    };
  };
}
