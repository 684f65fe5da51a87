"""The kvinnofrid domain: records, data files (counties, agencies, frameworks, themes,
lexicons) and the database schema. Imports no other package of this project."""
