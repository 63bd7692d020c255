#!/usr/bin/env python3
"""check_schema.py SCHEMA [valid:FILE | invalid:FILE]...

Checks briefing files against Folio's JSON Schema with an independent validator (Python's jsonschema,
draft 2020-12): each valid:FILE must pass and each invalid:FILE must fail (a file that does not even
parse counts as failing). YAML is read as YAML 1.1 like Folio reads it, but dates stay text, as Folio
keeps them. Prints one line per failure and a closing 'N passed, N failed' line.
"""
import json
import sys

import jsonschema
import yaml


class TextDateLoader(yaml.SafeLoader):
    """SafeLoader without the timestamp type: 2024-06-01 stays the string Folio sees."""


TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(path):
    with open(path, encoding="utf-8") as handle:
        if path.endswith(".json"):
            return json.load(handle)
        return yaml.load(handle, Loader=TextDateLoader)


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    passed = failed = 0
    for argument in sys.argv[2:]:
        expectation, path = argument.split(":", 1)
        try:
            errors = list(validator.iter_errors(load(path)))
        except (yaml.YAMLError, json.JSONDecodeError, UnicodeDecodeError) as error:
            errors = [error]
        ok = (not errors) if expectation == "valid" else bool(errors)
        if ok:
            passed += 1
        else:
            failed += 1
            detail = "; ".join(getattr(e, "message", str(e))[:200] for e in errors[:3]) or "accepted"
            print(f"FAIL {expectation}: {path}: {detail}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
