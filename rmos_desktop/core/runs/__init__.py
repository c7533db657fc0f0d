"""Run artifacts: schemas, hashing, the write-once store, the ledger and the index."""
