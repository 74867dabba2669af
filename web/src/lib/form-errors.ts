import type { FormInstance } from 'antd';
import type { ApiError } from './api-error';

/**
 * Puts a VALIDATION_FAILED response's per-field messages under the matching form fields.
 * The server names nested fields with dots (`supervisedDepartmentIds.0`); forms use the top-level
 * name. Returns false when some message names no field of this form, so the caller can still show it.
 */
export function applyFieldErrors(form: FormInstance, error: ApiError): boolean {
  const fieldErrors = error.fieldErrors;
  if (fieldErrors.length === 0) return false;
  const registered = new Set(Object.keys(form.getFieldsValue() as object));
  const byField = new Map<string, string[]>();
  let allMapped = true;
  for (const { field, message } of fieldErrors) {
    const name = field.split('.')[0] ?? field;
    if (!registered.has(name)) {
      allMapped = false;
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return allMapped;
}
