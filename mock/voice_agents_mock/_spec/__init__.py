"""The OpenAPI document: loading, the route table, the index of examples and schemas."""
