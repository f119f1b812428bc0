"""GUI-free application logic: the store, edits with inverses, queries, engines and exchange. Never imports Qt."""
