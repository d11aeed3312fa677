#!/usr/bin/env bash
# The README's block for first-five-minutes.sh, verbatim: regenerate with node scripts/walkthrough/extract.js.
set -euo pipefail
RM=$(npm run -s token -- --role relationship-manager --sub rm-li)
CHAIR=$(npm run -s token -- --role committee-member --sub committee-chen)
AUDITOR=$(npm run -s token -- --role auditor --sub auditor-sun)
API=${API:-http://localhost:3000}

# Onboard a corporate customer (answers { customerId, revision, position })
CUSTOMER=$(curl -s -X POST $API/customers -H "Authorization: Bearer $RM" -H 'Content-Type: application/json' \
  -d '{"segment":"corporate","name":"上海星河科技有限公司","idNumber":"91310000MA1K4XYZ12","phone":"+862155550100",
       "branchId":"branch-shanghai-01","relationshipManagerId":"rm-li"}' | node -pe 'JSON.parse(fs.readFileSync(0)).customerId')

# Log a contact, and record this year's contribution to the bank
curl -s -X POST $API/customers/$CUSTOMER/contacts -H "Authorization: Bearer $RM" -H 'Content-Type: application/json' \
  -d '{"channel":"visit","purpose":"annual review","outcome":"expanding into trade finance","relationshipManagerId":"rm-li"}'
curl -s -X POST $API/customers/$CUSTOMER/contributions -H "Authorization: Bearer $RM" -H 'Content-Type: application/json' \
  -d '{"year":2026,"contribution":{"amount":"12000000.00","currency":"CNY"},"departmentsEngaged":3,"growthRate":0.2}'

# Maker: open a tier review (criteria and the computed tier come from the recorded contribution)
REVIEW=$(curl -s -X POST $API/customers/$CUSTOMER/tier-reviews -H "Authorization: Bearer $RM" -H 'Content-Type: application/json' \
  -d '{"specialBackground":"government-or-monopoly","rationale":"three departments, 20% growth"}' | node -pe 'JSON.parse(fs.readFileSync(0)).reviewId')

# Checkers: each committee member votes with their own token (the member is the token's subject;
# the requester cannot vote, a member votes once). Two approvals of the same tier close the review.
ZHAO=$(npm run -s token -- --role committee-member --sub committee-zhao)
curl -s -X POST $API/customers/$CUSTOMER/tier-reviews/$REVIEW/votes -H "Authorization: Bearer $CHAIR" \
  -H 'Content-Type: application/json' -d '{"vote":"approve","reason":"meets the strategic criteria"}'
curl -s "$API/tier-reviews?status=open&customerId=$CUSTOMER" -H "Authorization: Bearer $CHAIR"   # one vote so far
POSITION=$(curl -s -X POST $API/customers/$CUSTOMER/tier-reviews/$REVIEW/votes -H "Authorization: Bearer $ZHAO" \
  -H 'Content-Type: application/json' -d '{"vote":"approve","reason":"government relations confirmed"}' \
  | node -pe 'JSON.parse(fs.readFileSync(0)).position')

# Read it back (minPosition: wait until the read models include the decision): the 360 view,
# the committee's audit trail, the raw history and its hash chain
curl -s "$API/customers/$CUSTOMER?minPosition=$POSITION" -H "Authorization: Bearer $RM"
curl -s "$API/tier-audits?customerId=$CUSTOMER&minPosition=$POSITION" -H "Authorization: Bearer $CHAIR"
curl -s $API/customers/$CUSTOMER/history -H "Authorization: Bearer $AUDITOR"
curl -s $API/customers/$CUSTOMER/history/verify -H "Authorization: Bearer $AUDITOR"
# every stream against its chain and the latest anchor, and the anchor roots to notarise
curl -s $API/integrity/verify -H "Authorization: Bearer $AUDITOR"
curl -s $API/integrity/anchors -H "Authorization: Bearer $AUDITOR"
