"""The OpenAPI 3.1 document, generated from the pydantic models (tests validate real responses against it)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from postcheck.server.models import (ActivityCreated, ActivityEvent, ActivityList, CheckRequest, ErrorBody, Health,
                                     Report, TemplateList)
from postcheck.server.routes import MAX_LIMIT

_REF = "#/components/schemas/{model}"
_ERRORS = {
    "400": "The body is not JSON", "401": "Missing or wrong token", "403": "Origin is not postcheck's extension",
    "404": "No such endpoint", "405": "Method not allowed here", "408": "The body arrived too slowly",
    "413": "The body is over the size limit", "415": "The body is not application/json",
    "421": "Host is not the helper's own address (DNS rebinding)", "422": "A field is invalid: the message names it",
    "500": "The helper failed; see its log",
}
# Which errors each kind of operation can answer (every one can answer the security and internal ones).
_ANY = ("401", "403", "421", "500")
_BODY = (*_ANY, "400", "408", "413", "415", "422")
_QUERY = (*_ANY, "422")


def _responses(ok_status: str, ok_ref: dict[str, Any], description: str, errors: tuple[str, ...]) -> dict[str, Any]:
    responses = {ok_status: {"description": description, "content": {"application/json": {"schema": ok_ref}}}}
    error = {"content": {"application/json": {"schema": {"$ref": _REF.format(model="ErrorBody")}}}}
    for status in sorted(errors):
        responses[status] = {"description": _ERRORS[status], **error}
    return responses


def build(version: str, duties: list[str]) -> dict[str, Any]:
    """The document for this helper: `duties` (the policy's duty ids) become the enum of DutyTicked.duty."""
    keyed = [("check", "validation", TypeAdapter(CheckRequest)), ("event", "validation", TypeAdapter(ActivityEvent)),
             ("report", "serialization", TypeAdapter(Report)), ("created", "serialization", TypeAdapter(ActivityCreated)),
             ("list", "serialization", TypeAdapter(ActivityList)), ("health", "serialization", TypeAdapter(Health)),
             ("templates", "serialization", TypeAdapter(TemplateList)),
             ("error", "serialization", TypeAdapter(ErrorBody))]
    refs, defs = TypeAdapter.json_schemas(keyed, ref_template=_REF)
    ref = {key: schema for (key, _mode), schema in refs.items()}
    schemas = defs["$defs"]
    schemas["DutyTicked"]["properties"]["duty"]["enum"] = sorted(duties)

    def body(schema: dict[str, Any]) -> dict[str, Any]:
        return {"required": True, "content": {"application/json": {"schema": schema}}}

    paths = {
        "/v1/check": {"post": {
            "operationId": "check", "summary": "Check a draft against the guidelines",
            "requestBody": body(ref["check"]), "responses": _responses("200", ref["report"], "The findings", _BODY)}},
        "/v1/activity": {
            "post": {"operationId": "recordActivity", "summary": "Record what happened (never the post's text)",
                     "requestBody": body(ref["event"]),
                     "responses": _responses("201", ref["created"], "Stored; durable from now on", _BODY)},
            "get": {"operationId": "listActivity", "summary": "Events that happened since a moment, oldest first",
                    "parameters": [
                        {"name": "since", "in": "query", "required": False,
                         "schema": {"type": "string", "format": "date-time"}},
                        {"name": "limit", "in": "query", "required": False,
                         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 1000}}],
                    "responses": _responses("200", ref["list"], "The events", _QUERY)}},
        "/v1/templates": {"get": {"operationId": "templates", "summary": "The guidelines' reply templates",
                                  "responses": _responses("200", ref["templates"], "The templates", _ANY)}},
        "/v1/health": {"get": {"operationId": "health", "summary": "Is the helper up, and which version",
                               "responses": _responses("200", ref["health"], "Up", _ANY)}},
        "/v1/openapi.json": {"get": {"operationId": "openapi", "summary": "This document",
                                     "responses": _responses("200", {"type": "object"}, "OpenAPI 3.1", _ANY)}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "postcheck helper", "version": version,
                 "description": "Local helper of the postcheck extension; listens on 127.0.0.1 only."},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {"schemas": schemas,
                       "securitySchemes": {"token": {
                           "type": "apiKey", "in": "header", "name": "Authorization",
                           "description": "Postcheck-HMAC-SHA256 ts=…, nonce=…, sig=…: the request signed with the "
                                          "token in helper.json (docs/security.md); the token itself is never sent"}}},
        "security": [{"token": []}],
    }


def document_bytes(version: str, duties: list[str]) -> bytes:
    return json.dumps(build(version, duties), ensure_ascii=False).encode()
