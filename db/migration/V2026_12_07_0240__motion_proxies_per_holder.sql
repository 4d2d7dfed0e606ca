-- A council's règlement may let a member hold more than one proxy (convergences.sitting.proxies-per-holder):
-- the limit and the rule against chains are checked under a lock on the sitting's row (SittingProxies),
-- so the one-proxy-per-holder key goes; the index keeps counting a holder's proxies cheap.
ALTER TABLE sitting_proxy DROP CONSTRAINT sitting_proxy_sitting_id_holder_account_id_key;
CREATE INDEX sitting_proxy_holder ON sitting_proxy (sitting_id, holder_account_id);
