"""One file in, one ExtractedDocument out: read → (ocr) → clean → structure → extract.
May import models/; never imports compare/ or kvinnofrid/."""
