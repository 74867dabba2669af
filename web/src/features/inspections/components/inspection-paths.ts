export function inspectionPath(id: string): string {
  return `/inspections/${encodeURIComponent(id)}`;
}

export function problemPath(id: string): string {
  return `/problems/${encodeURIComponent(id)}`;
}
