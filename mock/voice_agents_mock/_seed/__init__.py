"""Seed data: files that start workspaces, snapshots of a real workspace, the drift check."""
