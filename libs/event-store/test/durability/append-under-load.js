// Child process for the durability test: appends as fast as it can from several appenders and, after
// each append is acknowledged by the store, reports it on stdout (one JSON line). The parent kills it.
require('./register-typescript');
const { randomUUID } = require('node:crypto');
const { SqliteEventStore } = require('../../src/sqlite/sqlite.event-store');

const [file, appenders = '16', round = '0'] = process.argv.slice(2);
const store = new SqliteEventStore(file);

async function appendForever(appender) {
  const stream = `durable-${round}-${appender}`;
  for (let revision = 0n; ; revision += 1n) {
    const eventId = randomUUID();
    const event = {
      eventId,
      type: 'LoadApplied',
      data: { appender, revision: Number(revision), padding: 'x'.repeat(200) },
    };
    const streamState = revision === 0n ? 'no_stream' : revision - 1n;
    const result = await store.append(stream, [event], { streamState });
    // Written only after the commit returned: the parent counts what it reads as acknowledged.
    process.stdout.write(
      `${JSON.stringify({ stream, eventId, revision: String(result.nextRevision), position: result.position })}\n`,
    );
  }
}

for (let appender = 0; appender < Number(appenders); appender += 1) {
  appendForever(appender).catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
}
