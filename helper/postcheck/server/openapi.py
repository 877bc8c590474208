"""The OpenAPI 3.1 document, generated from the pydantic models (tests validate real responses against it)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from postcheck.checklist import Checklist, Week
from postcheck.report.models import OcuReport
from postcheck.server.report_openapi import report_operation
from postcheck.server.checklist_routes import YEAR_PATTERN, YEARS
from postcheck.policy import load_policy
from postcheck.policy.vault_model import Vault
from postcheck.server import vault_openapi
from postcheck.server.models import (ActivityCreated, ActivityEvent, ActivityList, CheckRequest, ErrorBody, Health,
                                     Report, TemplateList)
from postcheck.media.report import MediaReport
from postcheck.server.media_route import CleanCopyAnswer, CleanRequest, MediaRequest
from postcheck.server.routes import MAX_LIMIT

_REF = "#/components/schemas/{model}"
_ERRORS = {
    "400": "The body is not JSON", "401": "Missing or wrong token", "403": "Origin is not postcheck's extension",
    "404": "No such endpoint", "405": "Method not allowed here", "408": "The body arrived too slowly",
    "409": "No item with that id can be ticked or undone at that moment: the message lists those that can",
    "413": "The body is over the size limit", "415": "The body is not application/json",
    "421": "Host is not the helper's own address (DNS rebinding)", "422": "A field is invalid: the message names it",
    "500": "The helper failed; see its log",
    "503": "No usable OS keyring (none, or locked): the message says what to install or unlock",
}
# Which errors each kind of operation can answer (every one can answer the security and internal ones).
_ANY = ("401", "403", "421", "500")
_BODY = (*_ANY, "400", "408", "413", "415", "422")
_QUERY = (*_ANY, "422")


_AT = {"name": "at", "in": "query", "required": False,
       "description": f"The moment to show (default: now), ISO 8601 with an offset, years {YEARS[0]}–{YEARS[1]}.",
       "schema": {"type": "string", "format": "date-time", "pattern": YEAR_PATTERN}}


def _responses(ok_status: str, ok_ref: dict[str, Any], description: str, errors: tuple[str, ...]) -> dict[str, Any]:
    responses = {ok_status: {"description": description, "content": {"application/json": {"schema": ok_ref}}}}
    error = {"content": {"application/json": {"schema": {"$ref": _REF.format(model="ErrorBody")}}}}
    for status in sorted(errors):
        responses[status] = {"description": _ERRORS[status], **error}
    return responses


def build(version: str, duties: list[str], vault: Vault | None = None) -> dict[str, Any]:
    """The document for this helper: `duties` (the policy's duty ids) become the enum of DutyTicked.duty."""
    keyed = [("check", "validation", TypeAdapter(CheckRequest)), ("event", "validation", TypeAdapter(ActivityEvent)),
             ("report", "serialization", TypeAdapter(Report)), ("created", "serialization", TypeAdapter(ActivityCreated)),
             ("list", "serialization", TypeAdapter(ActivityList)), ("health", "serialization", TypeAdapter(Health)),
             ("templates", "serialization", TypeAdapter(TemplateList)),
             ("media", "validation", TypeAdapter(MediaRequest)), ("media-report", "serialization", TypeAdapter(MediaReport)),
             ("clean", "validation", TypeAdapter(CleanRequest)), ("copy", "serialization", TypeAdapter(CleanCopyAnswer)),
             ("checklist", "serialization", TypeAdapter(Checklist)), ("week", "serialization", TypeAdapter(Week)),
             ("ocu", "serialization", TypeAdapter(OcuReport)), ("error", "serialization", TypeAdapter(ErrorBody))]
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
        "/v1/media": {"post": {
            "operationId": "media", "summary": "Check an attached photo's metadata part (never the picture itself)",
            "parameters": [{"name": "text", "in": "query", "required": False, "schema": {"type": "string"},
                            "description": "The post's text, for the credit check (octet-stream bodies)"}],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": ref["media"]},
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
            "responses": _responses("200", ref["media-report"], "The image.* findings", _BODY)}},
        "/v1/media/clean": {"post": {
            "operationId": "mediaClean", "summary": "Write a photo's clean copy (no metadata) into the user's Downloads",
            "parameters": [{"name": "name", "in": "query", "required": False, "schema": {"type": "string"},
                            "description": "The file's name (octet-stream bodies); only its base name is used"}],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": ref["clean"]},
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
            "responses": _responses("201", ref["copy"], "The copy, written", _BODY)}},
        "/v1/activity": {
            "post": {"operationId": "recordActivity", "summary": "Record what happened (never the post's text)",
                     "requestBody": body(ref["event"]),
                     "responses": _responses("201", ref["created"], "Stored; durable from now on", (*_BODY, "409"))},
            "get": {"operationId": "listActivity", "summary": "Events that happened since a moment, oldest first",
                    "parameters": [
                        {"name": "since", "in": "query", "required": False,
                         "schema": {"type": "string", "format": "date-time", "pattern": YEAR_PATTERN}},
                        {"name": "limit", "in": "query", "required": False,
                         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 1000}}],
                    "responses": _responses("200", ref["list"], "The events", _QUERY)}},
        "/v1/checklist/today": {"get": {
            "operationId": "checklistToday", "summary": "Today's checklist and the toolbar badge",
            "parameters": [_AT], "responses": _responses("200", ref["checklist"], "Today's items", _QUERY)}},
        "/v1/checklist/week": {"get": {
            "operationId": "checklistWeek", "summary": "The week's posts per day, quota bands and official hashtags",
            "parameters": [_AT], "responses": _responses("200", ref["week"], "The week", _QUERY)}},
        "/v1/report": {"get": report_operation(ref["ocu"], _responses("200", ref["ocu"], "The report", _QUERY))},
        "/v1/templates": {"get": {"operationId": "templates", "summary": "The guidelines' reply templates",
                                  "responses": _responses("200", ref["templates"], "The templates", _ANY)}},
        "/v1/health": {"get": {"operationId": "health", "summary": "Is the helper up, and which version",
                               "responses": _responses("200", ref["health"], "Up", _ANY)}},
        "/v1/openapi.json": {"get": {"operationId": "openapi", "summary": "This document",
                                     "responses": _responses("200", {"type": "object"}, "OpenAPI 3.1", _ANY)}},
    }
    vault = vault or load_policy().vault
    vault_refs, vault_schemas = vault_openapi.schemas([r.id for r in vault.requirements if r.evidence == "date"])
    clash = set(schemas) & set(vault_schemas)
    if clash:  # two models of the same name would silently replace one another in the document
        raise RuntimeError(f"OpenAPI schema names used twice: {sorted(clash)}")
    schemas.update(vault_schemas)
    paths.update(vault_openapi.paths(vault_refs, _responses, list(vault.platforms)))
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


def document_bytes(version: str, duties: list[str], vault: Vault | None = None) -> bytes:
    """`vault`: the policy's [vault] table (platforms, requirements); the bundled policy's when None."""
    return json.dumps(build(version, duties, vault), ensure_ascii=False).encode()
