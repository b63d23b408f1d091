from tessera.schema import SCHEMA_PATH, write_schema

write_schema()
print(f"wrote {SCHEMA_PATH}")
