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
    this.branches = BRANCHES.map((branch) => ({
      ...branch,
      relationshipManagers: Array.from(
        { length: perBranch },
        (_, i) => `rm-${branch.branchId.slice('branch-'.length)}-${String(i + 1).padStart(2, '0')}`,
      ),
    }));
    const members = ['chen', 'zhao', 'qian', 'sun', 'zhou', 'wu', 'zheng', 'feng', 'wei'];
    this.committee = members.map((name) => ({ id: `committee-${name}`, role: 'committee-member' }));
    this.callCentre = Array.from({ length: 8 }, (_, i) => ({
      id: `cc-${String(i + 1).padStart(2, '0')}`,
      role: 'call-center',
    }));
  }

  manager(id: string): Actor {
    return { id, role: 'relationship-manager' };
  }
}
