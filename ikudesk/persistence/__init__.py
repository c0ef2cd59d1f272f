"""The store: table definitions, engines and migrations, and the one mapper rows <-> domain."""
