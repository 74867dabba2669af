import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { ApiError, errorMessage, isApiError } from './api-error';
import { applyFieldErrors } from './form-errors';

export interface HandleErrorOptions {
  /** Field errors of a 400 go under these fields. */
  form?: FormInstance;
  /** Called after telling the user of a 409 VERSION_CONFLICT, to reload the record. */
  onVersionConflict?: () => void;
}

/** Shows any failed call the same way everywhere: field errors on the form, the rest as a message. */
export function useApiErrorHandler(): (error: unknown, options?: HandleErrorOptions) => void {
  const { message, modal } = App.useApp();
  return useCallback(
    (error: unknown, options?: HandleErrorOptions) => {
      if (isApiError(error, 'VERSION_CONFLICT')) {
        options?.onVersionConflict?.();
        modal.warning({
          title: '记录已被他人修改',
          content: '在您编辑期间，其他人修改了这条记录。页面已重新加载最新内容，请核对后再次保存。',
          okText: '知道了',
        });
        return;
      }
      // The api client has already redirected to /login or /change-password: nothing to add here.
      if (error instanceof ApiError && (error.status === 401 || error.code === 'PASSWORD_CHANGE_REQUIRED')) return;
      if (options?.form && error instanceof ApiError && applyFieldErrors(options.form, error)) return;
      void message.error(errorMessage(error));
    },
    [message, modal],
  );
}
