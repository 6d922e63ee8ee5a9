/** Standalone validator of the Chronik export format (generated; see scripts/write-validator.js). */
declare const validate: (value: unknown) => boolean;
export default validate;
export { validate };
