// One mapping from recorded events to the domain's, owned by the domain.
export { customerEventOf, customerIdOfStream } from '@ledger/domain';
