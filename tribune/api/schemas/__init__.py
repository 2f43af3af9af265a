"""Shapes the JSON API reads and writes, one module per group of endpoints."""
