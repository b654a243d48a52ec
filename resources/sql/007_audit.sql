-- The audit trail (in progress on its own branch): this number is reserved for it.
SELECT 1;
