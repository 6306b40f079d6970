#!/usr/bin/env bash
# Generates the API benchmark database once: 10M actions over 40 nights, 1M customers, an outbox row per planned action.
set -euo pipefail
DB=wt_api_bench
M="mariadb"
SRC="$(cd "$(dirname "$0")/../.." && pwd)/db/src/main/resources/db/migration"
$M -e "SET GLOBAL innodb_buffer_pool_size=4294967296; DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
for f in $SRC/common/V1__shop_and_action_log.sql $SRC/mysql/V1_1__spring_batch_6_0.sql $SRC/mysql/V1_2__quartz_2_5.sql $SRC/common/V5__api_keys_webhooks_and_log_indexes.sql; do
  $M $DB < $f
done
date
$M $DB -e "INSERT INTO customer (id, name, title, email, phone, wechat_openid, language, time_zone, city, consent_sms, consent_email, registered_at)
 SELECT seq, CONCAT('Customer ', seq), NULL, CONCAT('c', seq, '@example.com'), CONCAT('+86138', LPAD(seq, 8, '0')), CONCAT('oWx', LPAD(seq, 20, '0')), 'zh', 'Asia/Shanghai', 'Shanghai', TRUE, TRUE, '2025-01-01 00:00:00' FROM seq_1_to_1000000"
$M $DB -e "INSERT INTO rule_book_version (id, content_hash, loaded_at, loaded_by, source, file_count, rule_count) VALUES (1, REPEAT('a', 64), '2026-10-01 00:00:00', 'benchmark', '/bench', 8, 20)"
date
for chunk in $(seq 0 9); do
  lo=$((chunk*1000000)); hi=$((lo+999999))
  $M $DB -e "INSERT INTO retention_action (run_date, customer_id, action_code, kind, status, channel, rule_name, rule_book_version_id, priority, offer, template, reason, explanation, send_at, created_at)
   SELECT DATE_ADD('2026-10-15', INTERVAL (seq DIV 250000) DAY),
          (seq MOD 250000) * 4 + (seq DIV 250000) MOD 4 + 1,
          ELT(1 + (seq * 7) MOD 12, 'WINBACK_DISCOUNT','APOLOGY_COUPON','WELCOME','NEXT_ORDER_COUPON','VIP_INVITE','CARE_CONTENT','NEW_PRODUCTS','WE_FIXED_IT','COMEBACK_GIFT','STOP_CONTACT','BIRTHDAY_COUPON','SERVICE_CALLBACK'),
          IF((seq * 7) MOD 12 = 9, 'SUPPRESS', 'MESSAGE'),
          ELT(1 + (seq * 13) MOD 20, 'PLANNED','PLANNED','PLANNED','PLANNED','PLANNED','PLANNED','PLANNED','PLANNED','PLANNED','PLANNED','PLANNED','PLANNED','OUTRANKED','OUTRANKED','OUTRANKED','OUTRANKED','OUTRANKED','SUPPRESSED','SUPPRESSED','SUPPRESSED'),
          ELT(1 + (seq * 3) MOD 5, 'SMS','EMAIL','WECHAT','PUSH','SMS'),
          CONCAT('Rule ', (seq * 7) MOD 12, ': ', ELT(1 + (seq * 7) MOD 12, 'Churned, price-sensitive: exclusive comeback discount','Churned, dissatisfied: apology and compensation','New customer: welcome','New customer: next-order coupon','Loyal: VIP invitation','At risk: care content','Churned, needs changed: new products','Churned, poor experience: we fixed it','Churned: comeback gift pack','Churned, unresponsive: stop contacting','Active: birthday coupon','Churned, very dissatisfied: callback')),
          1, 10 + (seq * 7) MOD 12 * 5, '50 off 300', 'winback-price',
          IF((seq * 13) MOD 20 >= 12, 'outranked by a higher-priority proposal on the same channel', 'price-sensitive churn'),
          CONCAT('stage = CHURNED; coupon_share = 0.', (seq MOD 90) + 10, '; days_since_last_contact = ', 15 + seq MOD 60, '; recency_days = ', 91 + seq MOD 200),
          NULL, DATE_ADD('2026-10-15 02:10:00', INTERVAL (seq DIV 250000) DAY)
   FROM seq_${lo}_to_${hi}"
  echo "actions chunk $chunk $(date)"
done
for chunk in $(seq 0 9); do
  lo=$((chunk*1000000)); hi=$((lo+1000000))
  $M $DB -e "INSERT INTO outbox (action_id, run_date, customer_id, channel, template, language, status, send_at, expires_at, attempts, idempotency_key, sent_at)
    SELECT id, run_date, customer_id, channel, template, 'zh', IF(id MOD 10 = 0, 'FAILED', 'SENT'), TIMESTAMP(run_date, '02:00:00'), TIMESTAMP(run_date, '23:00:00'), 1, CONCAT('bench-', id), TIMESTAMP(run_date, '02:00:05')
    FROM retention_action WHERE id > $lo AND id <= $hi AND status = 'PLANNED' AND kind = 'MESSAGE'"
  echo "outbox chunk $chunk $(date)"
done
$M $DB -e "ANALYZE TABLE retention_action, outbox, customer; SELECT COUNT(*) FROM retention_action; SELECT COUNT(*) FROM outbox"
date
