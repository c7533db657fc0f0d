"""The optional shop server: one PostgreSQL database shared by the shop's saws and the office.

Each workstation's runs directory stays the authority for what it recorded; the server holds an insert-only copy
(pushed in ledger order by `sync`), shop-wide queries over it, and job orders that one station at a time claims.
Nothing here is imported unless a shop URL is configured.
"""
