/** The official working-day calendar and deadline arithmetic on it (issue 4). */
export * from './calendar';
export * from './deadlines';
