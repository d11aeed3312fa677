#!/usr/bin/env bash
# The README's block for demo-staff.sh, verbatim: regenerate with node scripts/walkthrough/extract.js.
set -euo pipefail
API=${API:-http://localhost:3000}
RM=$(npm run -s token -- --role relationship-manager --sub rm-li)
CALLS=$(npm run -s token -- --role call-center --sub cc-01)

# Today's calls: the maturity (priority 1), the birthday greeting (2), the overdue cadence calls (3)
curl -s "$API/worklist" -H "Authorization: Bearer $RM"
# rm-li's overdue customers; the corporate one shows its valuation and, beside it, its holdings in CNY
curl -s "$API/customers?overdue=true&sort=name" -H "Authorization: Bearer $RM"
# The call centre finds a customer by a name prefix (q=陈秀), an exact phone or idNumber, anywhere in the bank
curl -s "$API/customers?q=%E9%99%88%E7%A7%80&sort=name" -H "Authorization: Bearer $CALLS"
# The whole bank's overdue, sorted by the day the call fell due (oldest first), with the total
curl -s "$API/customers?overdue=true&sort=nextContactDue&limit=3" -H "Authorization: Bearer $CALLS"
