import type { SystemInfo } from '@mofan/shared';

/** The policy in the words the server uses when it rejects a password (shared/rules/password-policy). */
export function describePasswordPolicy(policy: SystemInfo['passwordPolicy']): string {
  return `密码至少${policy.minLength}位，须包含大写字母、小写字母、数字、符号中的至少${policy.minClasses}类，且不能包含用户名。`;
}
