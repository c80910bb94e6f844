"""The `tifa` command line."""
