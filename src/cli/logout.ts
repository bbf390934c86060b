/**
 * `flex-insights logout` and `delete-profile`: end the session now (the post step then has
 * nothing to do), or delete the user's own profile for off-boarding.
 */
import { SessionEndedError } from '../session/session-store.js'
import { REVOKE } from '../session/session.js'
import { openSession, SESSION_HELP, SESSION_OPTIONS, type Command, withSession } from './context.js'
import { say } from './io.js'
import { EXIT, EXIT_HELP, ExitError, UsageError } from '../export/exit-codes.js'

export const logoutCommand: Command = {
  name: 'logout',
  summary: 'log the session out now (the post step then has nothing to do)',
  options: SESSION_OPTIONS,
  positionals: false,
  help: `Usage: flex-insights logout [--session FILE | --prefix P]

Logs the session out now: its Super Secured Token stops working and later token calls fail.
The action's post step then sees the session has ended and stays quiet.

  flex-insights logout

${SESSION_HELP}

When the session had already ended there is nothing to log out: exit 4.
${EXIT_HELP}
`,
  async run(values, _positionals, context) {
    let session
    try {
      session = openSession(values, context)
    } catch (error) {
      if (!(error instanceof SessionEndedError)) throw error
      say(context.io, 'the session had already ended; nothing to do')
      return EXIT.ended
    }
    try {
      const outcome = await session.logout()
      if (outcome.kind === 'failed')
        throw new ExitError(
          `could not log out of Flex Insights (profile ${session.profileId}): ${outcome.reason}. ${REVOKE}`
        )
      if (outcome.kind === 'already-ended') {
        say(context.io, 'the server says the session had already ended; nothing to do')
        return EXIT.ended
      }
      say(context.io, `logged out of Flex Insights (profile ${session.profileId}); the session's tokens no longer work`)
      return EXIT.ok
    } finally {
      session.close()
    }
  }
}

export const deleteProfileCommand: Command = {
  name: 'delete-profile',
  summary: "delete the logged-in user's own profile (--confirm LOGIN); cannot be undone",
  options: { ...SESSION_OPTIONS, confirm: { type: 'string' } },
  positionals: false,
  help: `Usage: flex-insights delete-profile --confirm LOGIN [--session FILE | --prefix P]

Deletes the Flex Insights profile of the logged-in user (DELETE /gdc/account/profile/{id}), for
off-boarding a service account. THIS CANNOT BE UNDONE. --confirm must repeat the login (email)
the session belongs to; anything else is refused.

  flex-insights delete-profile --confirm "$RETIRED_LOGIN"

${SESSION_HELP}

A refused confirmation is a failure: nothing is deleted.
${EXIT_HELP}
`,
  async run(values, _positionals, context) {
    const confirm = values.confirm
    if (typeof confirm !== 'string')
      throw new UsageError(
        'delete-profile needs --confirm LOGIN (the login of the session), because it cannot be undone'
      )
    return withSession(values, context, async session => {
      await session.deleteProfile(login => {
        if (confirm.toLowerCase() !== login.toLowerCase()) {
          throw new ExitError(
            `refusing to delete: --confirm "${confirm}" is not the login of this session (${login}). ` +
              `Nothing was deleted`
          )
        }
      })
      say(
        context.io,
        `deleted the Flex Insights profile of ${session.login} (profile ${session.profileId}). ` +
          `This cannot be undone; the session has ended`
      )
      return EXIT.ok
    })
  }
}
