"""The data contract: the fixed vocabularies, the record definitions (one per kind of entry),
the Pydantic models generated from them for validation, and the JSON Schemas of the files."""
