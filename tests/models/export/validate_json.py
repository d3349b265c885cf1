#!/usr/bin/env python3
"""Validates JSON documents against a JSON schema, offline.

Usage: validate_json.py SCHEMA [--ref SCHEMA]... DOCUMENT...
Referenced schemas are registered under their own $id, so no network is used. Prints each
validation error with its JSON path and exits 1 when any document is invalid.
"""
import json
import sys

import jsonschema
from referencing import Registry, Resource


def main(argv):
    schema_path, rest = argv[0], argv[1:]
    refs, documents = [], []
    while rest:
        if rest[0] == "--ref":
            refs.append(rest[1])
            rest = rest[2:]
        else:
            documents.append(rest[0])
            rest = rest[1:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    registry = Registry()
    for path in refs:
        with open(path, encoding="utf-8") as f:
            resource = Resource.from_contents(json.load(f))
        uri = resource.id()
        registry = registry.with_resource(uri, resource)
        # FIRST's CVSS schemas carry a date query in their $id; CSAF refers to them without.
        if "?" in uri:
            registry = registry.with_resource(uri.split("?")[0], resource)
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, registry=registry,
                                format_checker=validator_class.FORMAT_CHECKER)
    failed = False
    for path in documents:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
            failed = True
            print(f"{path}: {'/'.join(str(p) for p in error.path)}: {error.message}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
