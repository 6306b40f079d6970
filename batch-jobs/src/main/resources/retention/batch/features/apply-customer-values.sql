-- Joins the per-history BG/NBD estimates back to each buyer and adds the Gamma-Gamma expected order value,
-- E[Z | x, zbar] = (p * gamma + p * x * zbar) / (p * x + q - 1) (Fader, Hardie & Lee 2005, eq. 5), and the
-- 12-month CLV as expected purchases times expected value. Every column is computed from the old row values, which
-- MySQL (left to right) and H2 (all at once) then agree on. Parameters are cast to DOUBLE: H2 would
-- otherwise do the arithmetic in DECFLOAT, a thousand times slower.
UPDATE customer_feature f SET
    p_alive = (SELECT e.p_alive FROM clv_estimate e
                WHERE e.run_date = f.run_date AND e.repeat_purchases = f.orders_total - 1
                  AND e.last_purchase_day = TIMESTAMPDIFF(DAY, CAST(f.first_order_at AS DATE), CAST(f.last_order_at AS DATE))
                  AND e.age_days = TIMESTAMPDIFF(DAY, CAST(f.first_order_at AS DATE), f.run_date)),
    expected_purchases_90d = (SELECT e.expected_purchases_90d FROM clv_estimate e
                WHERE e.run_date = f.run_date AND e.repeat_purchases = f.orders_total - 1
                  AND e.last_purchase_day = TIMESTAMPDIFF(DAY, CAST(f.first_order_at AS DATE), CAST(f.last_order_at AS DATE))
                  AND e.age_days = TIMESTAMPDIFF(DAY, CAST(f.first_order_at AS DATE), f.run_date)),
    expected_order_value = (CAST(:pGamma AS DOUBLE) + CAST(:p AS DOUBLE) * (f.orders_total - 1) * COALESCE(f.average_order_value, 0))
                           / (CAST(:p AS DOUBLE) * (f.orders_total - 1) + CAST(:qMinusOne AS DOUBLE)),
    clv_12m = (SELECT e.expected_purchases_12m FROM clv_estimate e
                WHERE e.run_date = f.run_date AND e.repeat_purchases = f.orders_total - 1
                  AND e.last_purchase_day = TIMESTAMPDIFF(DAY, CAST(f.first_order_at AS DATE), CAST(f.last_order_at AS DATE))
                  AND e.age_days = TIMESTAMPDIFF(DAY, CAST(f.first_order_at AS DATE), f.run_date))
              * (CAST(:pGamma AS DOUBLE) + CAST(:p AS DOUBLE) * (f.orders_total - 1) * COALESCE(f.average_order_value, 0))
              / (CAST(:p AS DOUBLE) * (f.orders_total - 1) + CAST(:qMinusOne AS DOUBLE))
WHERE f.run_date = :runDate AND f.orders_total > 0
