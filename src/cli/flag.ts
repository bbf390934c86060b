/** First argument that tells dist/index.js to act as the `flex-insights` command, not the action. */
export const CLI_FLAG = '--flex-insights-cli'
