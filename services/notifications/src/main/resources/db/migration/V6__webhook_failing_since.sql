-- When a subscription's endpoint began to take nothing (null while it takes deliveries): it is
-- disabled only after failing many rounds in a row for at least notifications.webhooks
-- .disable-after-failing-for, so a receiver away for minutes is waited for, not given up on.
ALTER TABLE webhook_subscription ADD COLUMN failing_since TIMESTAMPTZ;
