"""The /v1/accounts part of the OpenAPI document (openapi.py merges it into the whole)."""

from __future__ import annotations

from typing import Any, Callable

from pydantic import TypeAdapter

from postcheck.server.vault_models import (HANDLE_PATTERN, AccountList, AccountUpdate, AccountView, RevealRequest,
                                           Revealed, SecretUpdate, TotpCode, TotpRequest)
from postcheck.server.vault_routes import PAGE_HEADER, PAGE_VALUE

_REF = "#/components/schemas/{model}"
_ANY = ("401", "403", "421", "500")
_NAMED = (*_ANY, "404", "422", "503")
_BODY = (*_NAMED, "400", "408", "413", "415")


def schemas(requirement_ids: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(refs by key, component schemas) of the vault's bodies; `requirement_ids` are the policy's requirements
    recorded by date: the only keys AccountUpdate.requirements accepts."""
    keyed = [("update", "validation", TypeAdapter(AccountUpdate)), ("secret", "validation", TypeAdapter(SecretUpdate)),
             ("reveal", "validation", TypeAdapter(RevealRequest)),
             ("totp-request", "validation", TypeAdapter(TotpRequest)), ("account", "serialization", TypeAdapter(AccountView)),
             ("list", "serialization", TypeAdapter(AccountList)), ("revealed", "serialization", TypeAdapter(Revealed)),
             ("totp", "serialization", TypeAdapter(TotpCode))]
    refs, defs = TypeAdapter.json_schemas(keyed, ref_template=_REF)
    requirements = defs["$defs"]["AccountUpdate"]["properties"]["requirements"]
    (value,) = requirements.pop("patternProperties").values()
    requirements.update(properties={key: value for key in requirement_ids}, additionalProperties=False)
    return {key: schema for (key, _mode), schema in refs.items()}, defs["$defs"]


def paths(ref: dict[str, Any], responses: Callable[..., dict], platforms: list[str]) -> dict[str, Any]:
    """`responses(status, schema, description, errors)` is openapi.py's builder; `platforms` the policy's."""
    account = [
        {"name": "platform", "in": "path", "required": True, "schema": {"type": "string", "enum": platforms}},
        {"name": "handle", "in": "path", "required": True, "schema": {"type": "string", "pattern": HANDLE_PATTERN}},
    ]
    page = {"name": PAGE_HEADER, "in": "header", "required": True,
            "description": "Added by the extension's background only for its own pages; without it: 403.",
            "schema": {"type": "string", "enum": [PAGE_VALUE]}}

    def body(schema: dict[str, Any]) -> dict[str, Any]:
        return {"required": True, "content": {"application/json": {"schema": schema}}}

    def page_only(ok: dict[str, Any]) -> dict[str, Any]:
        ok["403"] = {**ok["403"], "description": "Origin is not postcheck's extension, or the request did not come "
                                                 "from one of the extension's own pages"}
        return ok

    deleted = responses("204", {}, "", _NAMED)
    deleted["204"] = {"description": "Forgotten, with its secrets in the keyring"}
    return {
        "/v1/accounts": {"get": {
            "operationId": "listAccounts", "summary": "The institutional accounts: naming, requirements, never a secret",
            "responses": responses("200", ref["list"], "The accounts", (*_ANY, "503"))}},
        "/v1/accounts/{platform}/{handle}": {
            "parameters": account,
            "put": {"operationId": "saveAccount", "summary": "Create or update an account (not its secret)",
                    "requestBody": body(ref["update"]),
                    "responses": {**responses("200", ref["account"], "Updated", _BODY),
                                  **responses("201", ref["account"], "Created", ())}},
            "delete": {"operationId": "removeAccount", "summary": "Forget an account and delete its secrets",
                       "responses": deleted}},
        "/v1/accounts/{platform}/{handle}/secret": {
            "parameters": account,
            "put": {"operationId": "setSecret", "summary": "Store the password and/or TOTP seed (write-only)",
                    "parameters": [page], "requestBody": body(ref["secret"]),
                    "responses": page_only(responses("200", ref["account"], "Stored in the OS keyring", _BODY))}},
        "/v1/accounts/{platform}/{handle}/secret/reveal": {
            "parameters": account,
            "post": {"operationId": "revealSecret", "summary": "The password, for the extension's pages (logged)",
                     "parameters": [page], "requestBody": body(ref["reveal"]),
                     "responses": page_only(responses("200", ref["revealed"], "The password", _BODY))}},
        "/v1/accounts/{platform}/{handle}/totp": {
            "parameters": account,
            "post": {"operationId": "totpCode", "summary": "The account's current 2FA code (logged)",
                     "parameters": [page], "requestBody": body(ref["totp-request"]),
                     "responses": page_only(responses("200", ref["totp"], "The code", _BODY))}},
    }
