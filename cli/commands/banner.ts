/** Prints where Knooppunt answers, for a person at a terminal (stdout, so logs on stderr stay separate). */
export function printBanner(gatewayUrl: string, sources: readonly string[], configFile: string): void {
  const lines = [
    '',
    `  Knooppunt is running (config: ${configFile})`,
    '',
    `  GraphQL API and GraphiQL   ${gatewayUrl}/graphql`,
    `  Liveness / readiness       ${gatewayUrl}/healthz  ${gatewayUrl}/readyz`,
    `  Sources                    ${sources.length > 0 ? sources.join(', ') : '(none configured)'}`,
    '',
    '  Try:',
    `  curl -s ${gatewayUrl}/graphql -H 'content-type: application/json' \\`,
    `    -d '{"query":"{ initiatives(first: 3) { totalCount edges { node { name campaigns { title } } } } }"}'`,
    '',
    '  Ctrl-C stops (runs in flight are checkpointed).',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
