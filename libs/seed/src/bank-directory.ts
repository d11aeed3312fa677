import type { Actor } from '@ledger/domain';

/** A branch: its id, the city in customers' names, the region code of ids registered there. */
export interface Branch {
  branchId: string;
  city: string;
  region: string;
  relationshipManagers: string[];
}

// prettier-ignore
const BRANCHES: readonly Omit<Branch, 'relationshipManagers'>[] = [
  { branchId: 'branch-sh-pudong', city: '上海', region: '310115' },
  { branchId: 'branch-sh-huangpu', city: '上海', region: '310101' },
  { branchId: 'branch-bj-chaoyang', city: '北京', region: '110105' },
  { branchId: 'branch-bj-haidian', city: '北京', region: '110108' },
  { branchId: 'branch-sz-futian', city: '深圳', region: '440304' },
  { branchId: 'branch-gz-tianhe', city: '广州', region: '440106' },
  { branchId: 'branch-hz-xihu', city: '杭州', region: '330106' },
  { branchId: 'branch-nj-gulou', city: '南京', region: '320106' },
  { branchId: 'branch-cd-jinjiang', city: '成都', region: '510104' },
  { branchId: 'branch-wh-jianghan', city: '武汉', region: '420103' },
  { branchId: 'branch-su-gusu', city: '苏州', region: '320508' },
  { branchId: 'branch-xa-yanta', city: '西安', region: '610113' },
];

/** The README's example manager: the first of the first branch, so the demo gives it a real book. */
export const README_MANAGER = 'rm-li';

/** Someone to sign in as (`npm run token -- --role <role> --sub <sub>`), with what they see. */
export interface StaffMember {
  sub: string;
  role: string;
  branchId?: string;
  sees: string;
}

/** Customers a relationship manager looks after, roughly: sets how many managers a ledger gets. */
const CUSTOMERS_PER_MANAGER = 300;

/** The bank's people: managers per branch, the review committee, the call centre, operations. */
export class BankDirectory {
  readonly branches: Branch[];
  readonly committee: Actor[];
  readonly callCentre: Actor[];
  readonly operations: Actor = { id: 'admin-ops', role: 'admin' };

  constructor(customers: number) {
    const perBranch = Math.max(2, Math.ceil(customers / CUSTOMERS_PER_MANAGER / BRANCHES.length));
    this.branches = BRANCHES.map((branch, b) => ({
      ...branch,
      relationshipManagers: Array.from({ length: perBranch }, (_, i) =>
        b === 0 && i === 0
          ? README_MANAGER
          : `rm-${branch.branchId.slice('branch-'.length)}-${String(i + 1).padStart(2, '0')}`,
      ),
    }));
    const members = ['chen', 'zhao', 'qian', 'sun', 'zhou', 'wu', 'zheng', 'feng', 'wei'];
    this.committee = members.map((name) => ({ id: `committee-${name}`, role: 'committee-member' }));
    this.callCentre = Array.from({ length: 8 }, (_, i) => ({
      id: `cc-${String(i + 1).padStart(2, '0')}`,
      role: 'call-center',
    }));
  }

  /** The people the demo prints to sign in with: one of each role, and where their book is. */
  staff(): StaffMember[] {
    const first = this.branches[0]!;
    const others = first.relationshipManagers.slice(1).join(', ');
    return [
      {
        sub: README_MANAGER,
        role: 'relationship-manager',
        sees: `a ${first.branchId} book (also: ${others})`,
      },
      {
        sub: `head-${first.branchId.slice('branch-'.length)}`,
        role: 'branch-head',
        branchId: first.branchId,
        sees: 'the branch',
      },
      {
        sub: 'committee-chen',
        role: 'committee-member',
        sees: 'tier reviews (also committee-zhao, -qian …)',
      },
      { sub: 'auditor-sun', role: 'auditor', sees: 'every customer, history, integrity' },
      { sub: 'cc-01', role: 'call-center', sees: 'every customer, masked' },
      { sub: this.operations.id, role: 'admin', sees: 'everything' },
    ];
  }

  manager(id: string): Actor {
    return { id, role: 'relationship-manager' };
  }
}
