// Kept in sync with package.json by a unit test; a constant avoids bundling package.json.
export const VERSION = '1.0.0'
export const USER_AGENT = `flex-insights-auth/${VERSION}`
