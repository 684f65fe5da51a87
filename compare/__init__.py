"""Cross-document work: objective and theme classification, agency canonicalisation, the graph,
coverage, gaps, overlaps and reports. May import models/; never ingest/ or kvinnofrid/."""
