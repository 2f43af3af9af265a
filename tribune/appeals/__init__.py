"""Commenter feedback: a private status link per comment, and one appeal against a rejection."""
