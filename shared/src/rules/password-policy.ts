/** The password policy (口令策略). Defaults follow 等保 practice; each figure is configurable. */
export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3 };

/** Returns every way the password breaks the policy, in Chinese; empty when it is acceptable. */
export function checkPassword(password: string, username: string, policy: PasswordPolicy): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) problems.push(`密码至少${policy.minLength}位`);
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) {
    problems.push(`密码须包含大写字母、小写字母、数字、符号中的至少${policy.minClasses}类`);
  }
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('密码不能包含用户名');
  }
  return problems;
}
