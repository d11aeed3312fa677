// Stream naming is the domain's: one definition for every layer.
export { customerIdOfStream, customerStream } from '@ledger/domain';
