import { describe, expect, it } from '@jest/globals'
import { parseReportRef } from '../../../src/export/report-ref.js'
import { WORKSPACE } from '../../fixtures.js'

describe('parseReportRef: the forms a report is named in', () => {
  it('an object id takes the default workspace', () => {
    expect(parseReportRef('12345', WORKSPACE)).toEqual({ input: '12345', objectId: '12345', workspace: WORKSPACE })
    expect(parseReportRef('12345')).toEqual({ input: '12345', objectId: '12345', workspace: undefined })
  })

  it('an object URI brings its workspace', () => {
    expect(parseReportRef(`/gdc/md/${WORKSPACE}/obj/248`)).toEqual({
      input: `/gdc/md/${WORKSPACE}/obj/248`,
      objectId: '248',
      workspace: WORKSPACE
    })
  })

  it('a global identifier', () => {
    expect(parseReportRef('b08a2c8ca8f4', WORKSPACE)).toEqual({
      input: 'b08a2c8ca8f4',
      identifier: 'b08a2c8ca8f4',
      workspace: WORKSPACE
    })
  })

  it.each([
    `https://analytics.ytica.com/#s=/gdc/projects/${WORKSPACE}|analysisPage|head|/gdc/md/${WORKSPACE}/obj/248`,
    `https://analytics.ytica.com/dashboard.html#s=/gdc/workspaces/${WORKSPACE}|projectDashboardPage|` +
      `/gdc/md/${WORKSPACE}/obj/1|/gdc/md/${WORKSPACE}/obj/248`,
    `https://any.host.example/#s=%2Fgdc%2Fprojects%2F${WORKSPACE}%7C%2Fobj%2F248`
  ])('an Analytics Portal URL: the workspace, and the last object (%s)', url => {
    expect(parseReportRef(url)).toMatchObject({ workspace: WORKSPACE, objectId: '248' })
  })

  it('a form that names another workspace than -w is refused', () => {
    expect(() => parseReportRef(`/gdc/md/${WORKSPACE}/obj/248`, 'otherworkspace')).toThrow(
      `belongs to workspace ${WORKSPACE}, not to otherworkspace`
    )
  })

  it.each([
    '',
    'a b',
    '../../etc',
    '/gdc/md/x/obj/',
    'https://x.test/#s=/gdc/projects/ws',
    'https://x.test/#s=/gdc/projects/w%0As|/obj/1'
  ])('%j is not a report', input => {
    expect(() => parseReportRef(input, WORKSPACE)).toThrow()
  })
})
