"""The OpenAPI document: loading, the route table, and the index of examples and response schemas."""
