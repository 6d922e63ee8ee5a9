// The check of a whole export's shape, split from the widget: the export's generated validator
// is larger than all the rest of the data handling, and a widget reading the site's compact
// event list (the default) never needs it. `load.ts` imports this module only for an export,
// and it imports nothing the widget has, so it stays one small file of its own
// (`chronik-export.js`) and never loads the widget's file a second time.
import validateExport from './generated/validate-export.js';

const validate = validateExport as ((value: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};

/**
 * What is wrong with an export's shape (the first problem, with its path), or `undefined`
 * when the widget can use it. Only the parts the widget relies on are checked (see
 * scripts/write-validator.js).
 */
export function findExportProblem(value: unknown): string | undefined {
  if (validate(value)) return undefined;
  const first = validate.errors?.[0];
  return first
    ? `${first.instancePath || '(root)'} ${first.message ?? 'is invalid'}`
    : 'is invalid';
}
