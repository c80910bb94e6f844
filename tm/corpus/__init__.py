"""Corpus layer: newspaper pages → clean articles → sentences → merged segments."""
