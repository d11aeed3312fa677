export * from './seed-ledger';
export * from './ledger-files';
export { BankDirectory, README_MANAGER, type StaffMember } from './bank-directory';
export { judgeBook, type BookJudgement } from './book-invariants';
