import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A certificate and its key, as PEM text and as files. */
export interface Issued {
  /** The certificate (PEM). */
  cert: string;
  /** Its private key (PEM, unencrypted PKCS#8). */
  key: string;
  /** Path of the certificate file. */
  certPath: string;
  /** Path of the key file. */
  keyPath: string;
}

/** Everything the mutual-TLS tests need, made fresh for each run. */
export interface TestPki {
  /** The folder holding the files (removed by `remove`). */
  dir: string;
  /** The CA behind the stand-in and the good client. */
  ca: Issued;
  /** The stand-in's server certificate, for 127.0.0.1 and localhost. */
  server: Issued;
  /** The AP's client certificate, from `ca`. */
  client: Issued;
  /** An unrelated CA, which neither side trusts. */
  rogueCa: Issued;
  /** A client certificate from the unrelated CA. */
  rogueClient: Issued;
  /** Deletes the folder. */
  remove(): void;
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** Makes a CA, a server and a client certificate, plus an unrelated CA and client, with the `openssl` command. */
export function makeTestPki(): TestPki {
  const probe = spawnSync('openssl', ['version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new Error('the `openssl` command is needed to make the test certificates (Debian: apt-get install -y openssl)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'mssp-pki-'));
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const read = (name: string): Issued => ({
    cert: readFileSync(join(dir, `${name}.crt`), 'utf8'),
    key: readFileSync(join(dir, `${name}.key`), 'utf8'),
    certPath: join(dir, `${name}.crt`),
    keyPath: join(dir, `${name}.key`),
  });
  const makeCa = (name: string, cn: string) => {
    run(['req', '-x509', ...EC, '-keyout', `${name}.key`, '-out', `${name}.crt`, '-days', '2', '-subj', `/CN=${cn}`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
    return read(name);
  };
  const issue = (name: string, ca: string, cn: string, extensions: string[]) => {
    writeFileSync(join(dir, `${name}.ext`), ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature', ...extensions].join('\n'));
    run(['req', '-new', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`]);
    run(['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`]);
    return read(name);
  };
  const ca = makeCa('ca', 'Stand-in MSSP CA');
  const rogueCa = makeCa('rogue-ca', 'Unrelated CA');
  return {
    dir,
    ca,
    rogueCa,
    server: issue('server', 'ca', '127.0.0.1', ['extendedKeyUsage=serverAuth', 'subjectAltName=IP:127.0.0.1,DNS:localhost']),
    client: issue('client', 'ca', 'Stand-in AP', ['extendedKeyUsage=clientAuth']),
    rogueClient: issue('rogue-client', 'rogue-ca', 'Stand-in AP', ['extendedKeyUsage=clientAuth']),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
