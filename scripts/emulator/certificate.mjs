// @ts-check
// A self-signed certificate for 127.0.0.1, for an emulator that serves https (its `tls` option):
// the TLS e2e tests and the bench's TLS rows. Made with openssl; clients trust it through
// NODE_EXTRA_CA_CERTS (Node) or --cacert (curl).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Writes key.pem and cert.pem into `dir`; undefined when openssl is missing.
 * @param {string} dir
 * @returns {{ key: string, cert: string, certFile: string } | undefined}
 */
export function makeCertificate(dir) {
  const key = join(dir, 'key.pem')
  const cert = join(dir, 'cert.pem')
  try {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2'],
        ...['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert]
      ],
      { stdio: 'ignore' }
    )
  } catch {
    return undefined
  }
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8'), certFile: cert }
}
