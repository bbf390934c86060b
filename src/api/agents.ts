/**
 * Connection pools for one Transport. Without a proxy: plain keep-alive agents, so login and
 * token share a connection. With one (https_proxy / http_proxy minus no_proxy, decided exactly
 * as @actions/http-client decides), its tunnelling agent. @actions/http-client itself is loaded
 * only then (see lazy-http-client.ts): it pulls in undici, start-up time that every step and
 * every refresh by `flex-insights` would otherwise pay (BENCHMARKS.md, "Decisions").
 */
import http from 'node:http'
import https from 'node:https'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { loadHttpClient, type RealHttpClient } from './lazy-http-client.js'
import { USER_AGENT } from './version.js'

export class Agents {
  private readonly plain = new Map<string, http.Agent>()
  private proxied?: RealHttpClient

  /** Whether requests to `url` go through a proxy (https_proxy / http_proxy minus no_proxy). */
  usesProxy(url: URL): boolean {
    return !!getProxyUrl(url)
  }

  async agentFor(url: URL): Promise<http.Agent> {
    if (getProxyUrl(url)) {
      if (!this.proxied) {
        const { HttpClient } = await loadHttpClient()
        this.proxied = new HttpClient(USER_AGENT, [], { keepAlive: true, allowRedirects: false })
      }
      return this.proxied.getAgent(url.href)
    }
    let agent = this.plain.get(url.protocol)
    if (!agent) {
      agent = url.protocol === 'https:' ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true })
      this.plain.set(url.protocol, agent)
    }
    return agent
  }

  /** Closes pooled sockets so the process can exit at once. */
  close(): void {
    for (const agent of this.plain.values()) agent.destroy()
    this.proxied?.dispose()
  }
}
