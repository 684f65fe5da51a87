"""kvinnofrid: the application that wires ingest/, models/ and compare/ together (CLI,
configuration, executor, progress). The only package that imports all the others."""

__version__ = "0.1.0"
