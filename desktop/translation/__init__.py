"""Translation services: transliteration, XLIFF, glossary and memory (Qt-free)."""
