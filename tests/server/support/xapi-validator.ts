import validation from '@learninglocker/xapi-validation';

type Validate = (statement: unknown) => { path?: unknown[]; data?: unknown; constructor: { name: string } }[];
// The package is CommonJS with `exports.default`: loaders differ on whether `default` is unwrapped.
const validate = (typeof validation === 'function' ? validation : (validation as unknown as { default: Validate }).default) as Validate;

/**
 * What the xAPI validator (@learninglocker/xapi-validation, xAPI 1.0.3) finds wrong with a
 * statement, one line per warning with its path; [] when it is valid.
 */
export function xapiProblems(statement: unknown): string[] {
  return validate(statement).map((warning) => {
    const path = Array.isArray(warning.path) ? warning.path.join('.') : '(statement)';
    const extra = Object.entries(warning)
      .filter(([key]) => !['path', 'data', 'message', 'stack'].includes(key))
      .map(([key, value]) => `${key}=${typeof value === 'function' ? (value as { name: string }).name : JSON.stringify(value)}`)
      .join(' ');
    return `${path}: ${warning.constructor.name}${extra ? ` (${extra})` : ''} — got ${JSON.stringify(warning.data)}`;
  });
}
