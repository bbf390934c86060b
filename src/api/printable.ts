/**
 * The one rule for showing server text: control characters (terminal escapes, and line breaks
 * that could start a forged workflow command such as ::warning::) become a space. Used by error
 * messages, listings, `flex-insights api --include` and step summaries.
 */

// Matching control characters is the point of this expression.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f]+/g

export const printable = (text: string): string => text.replace(CONTROL, ' ')
