/** Limits shared by the API contract and the forms. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 200;
export const NAME_MAX = 50;
export const ORG_NAME_MAX = 100;
export const TEXT_MAX = 500;
export const USERNAME_MIN = 2;
export const USERNAME_MAX = 32;
export const PASSWORD_MAX = 128;
export const ROSTER_MAX_ROWS = 20000;
export const ROSTER_MAX_BYTES = 20 * 1024 * 1024;
