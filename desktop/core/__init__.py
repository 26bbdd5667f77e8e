"""The document model and its operations: plain Python, no Qt, no SQL, no PDF code."""
