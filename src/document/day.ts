// A calendar day written as YYYY-MM-DD, checked without loading the time stage (the CLI's
// option checks and --help stay fast).
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
