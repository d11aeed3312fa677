import { getMetadataStorage } from 'class-validator';

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
type Grouped = Record<string, ValidationMetadata[]>;

const INSTALLED = Symbol.for('relationship-ledger.validation-metadata-cache');

/**
 * class-validator recomputes a class's rules on every `validate`: it filters the class's metadata
 * and walks every registered class for inherited rules, then groups them by property — about half
 * of the validation pipe's time per request (measured, ADR 0013). The rules are fixed once the
 * decorators have run, so each class's list and its grouping are kept until a rule is added.
 * The cached lists are never mutated by class-validator (it filters them into new arrays).
 */
export function cacheValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  const patched = storage as MetadataStorage & { [INSTALLED]?: true };
  if (patched[INSTALLED] === true) return;
  patched[INSTALLED] = true;

  const compute = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let byTarget = new Map<unknown, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Grouped>();

  storage.addValidationMetadata = (metadata: ValidationMetadata): void => {
    add(metadata);
    // A rule added later (a class loaded late, a schema registered) may change any class's list.
    byTarget = new Map();
    grouped = new WeakMap();
  };

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${String(always)}|${String(strictGroups)}|${schema}|${(groups ?? []).join('\u0000')}|${groups === undefined ? 0 : 1}`;
    let lists = byTarget.get(target);
    if (lists === undefined) {
      lists = new Map();
      byTarget.set(target, lists);
    }
    let list = lists.get(key);
    if (list === undefined) {
      list = compute(target, schema, always, strictGroups, groups);
      lists.set(key, list);
      grouped.set(list, group(list));
    }
    return list;
  };

  // Only lists this cache handed out are looked up: any other array is grouped afresh.
  storage.groupByPropertyName = (metadata: ValidationMetadata[]) => grouped.get(metadata) ?? group(metadata);
}
