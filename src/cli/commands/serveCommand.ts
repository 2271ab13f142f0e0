import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';

export type Args = GlobalOptions & {
  port: number;
  host: string;
  db?: string;
  invites?: number;
  tokenFile?: string;
  tlsCert?: string;
  tlsKey?: string;
  rateLimit?: number;
  trustProxy?: boolean;
};

export const serveCommand: Command<Args> = {
  command: 'serve',
  describe: 'Collect responses over HTTP for survey staff (database: PGlite in a folder, or Postgres)',
  builder: (y) =>
    y
      .option('port', { type: 'number', default: 8080, describe: 'Port to listen on (0 picks a free one, printed at start)' })
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'Address to listen on (0.0.0.0 for every network; usually a reverse proxy in front)' })
      .option('db', { type: 'string', describe: 'Database: a folder for PGlite, or postgres://user:pass@host/db (default: a folder in your data folder)' })
      .option('token-file', { type: 'string', describe: 'Where the staff token is kept (made on first start, readable only by you)' })
      .option('invites', { type: 'number', describe: 'Make N single-use invite codes, printed on standard output; new responses then need one' })
      .option('tls-cert', { type: 'string', describe: 'PEM certificate (chain) file: serve HTTPS (with --tls-key)' })
      .option('tls-key', { type: 'string', describe: 'PEM private key file for --tls-cert' })
      .option('rate-limit', { type: 'number', default: 600, describe: 'Requests per minute allowed from one address (0: no limit, e.g. behind a proxy that limits)' })
      .option('trust-proxy', { type: 'boolean', describe: 'Behind a reverse proxy: limit each client by the address the proxy adds to X-Forwarded-For' }),
  load: () => import('./serveRun.js'),
};
