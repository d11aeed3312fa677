/**
 * Plain JavaScript, evaluated by each fold worker (like the event store's checkpointer, ADR 0011):
 * it runs as is under jest and from dist. It loads the projections from their module (functions do
 * not cross threads), holds the documents of its share of the ids for every build it is given, and
 * folds with the runtime's own foldBatch, so a threaded fold is the single-threaded one.
 */
export const FOLD_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
for (const file of workerData.preload) require(file);
const { foldBatch } = require(workerData.batchFold);
const { DocumentSizes } = require(workerData.documentSizes);
const source = workerData.source;
// The export makes one projection or a list of them.
const made = require(source.module)[source.export](...source.args);
const projections = new Map((Array.isArray(made) ? made : [made]).map((projection) => [projection.name, projection]));
const builds = new Map();

function buildOf(id, name) {
  let build = builds.get(id);
  if (build === undefined) {
    const projection = projections.get(name);
    if (projection === undefined) throw new Error('no projection "' + name + '" in ' + source.module);
    build = { projection, documents: new Map(), positions: new Map(), changed: new Map(), undo: new Map(), sizes: new DocumentSizes() };
    builds.set(id, build);
  }
  return build;
}

function fold(build, { loaded, events, planned }) {
  let bytes = 0;
  for (const [cached, collection, document, position] of loaded) {
    build.documents.set(cached, document);
    if (position !== null) build.positions.set(cached, position);
    bytes += build.sizes.estimate(collection);
  }
  const batch = planned.map(([index, targets]) => ({
    event: events[index],
    targets: targets.map(([collection, id, cached]) => ({ key: { collection, id }, cached })),
  }));
  // What each touched document was before this batch: a rollback restores it.
  build.undo.clear();
  for (const { targets } of batch)
    for (const { cached } of targets)
      if (!build.undo.has(cached))
        build.undo.set(cached, [build.documents.get(cached), build.positions.get(cached), build.changed.get(cached)]);
  const result = foldBatch(build.projection, batch, build.documents, {
    parked: new Map(), now: '', ahead: new Set(), positions: build.positions, byStream: true,
  });
  for (const [cached, change] of result.documents) {
    build.changed.set(cached, change);
    build.sizes.observe(change.key.collection, change.document);
  }
  // Only the event each stream failed at; main decides what is held.
  const failures = [...result.parked.values()].map((parked) => [parked.position, parked.error]);
  return { failures, bytes };
}

function rollback(build) {
  for (const [cached, [document, position, change]] of build.undo) {
    build.documents.set(cached, document);
    if (position === undefined) build.positions.delete(cached);
    else build.positions.set(cached, position);
    if (change === undefined) build.changed.delete(cached);
    else build.changed.set(cached, change);
  }
  build.undo.clear();
}

function drain(build) {
  const changed = [...build.changed.values()];
  build.documents.clear();
  build.positions.clear();
  build.changed.clear();
  build.undo.clear();
  return changed;
}

parentPort.on('message', (message) => {
  try {
    const build = buildOf(message.build, message.projection);
    const value =
      message.kind === 'fold' ? fold(build, message) : message.kind === 'rollback' ? rollback(build) : drain(build);
    parentPort.postMessage({ id: message.id, value });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.stack : String(error) });
  }
});
`;
