"""tifa's terminology side: the curated glossary of official formulations, mining, exports."""
