"""/v1/accounts: the institutional accounts (the vault). Secrets are write-only, except for the extension's own pages.

Who may reveal (see /work/notes on the security model): the three secret routes answer only requests that carry
`X-Postcheck-Context: extension-page`, which the background adds solely when the message came from one of the
extension's own pages (options, popup), never when relaying a content script's request. Any local client holding
the token could add the header too: the token holder is the user, who can read the keyring anyway; the header keeps
the background's relay of content-script messages (the part a hostile page can drive) away from secrets."""

from __future__ import annotations

import asyncio
import json
from datetime import date, datetime, timezone
from typing import Any, AsyncIterator

from aiohttp import web
from pydantic import ValidationError

from postcheck.accounts import AccountRegistry
from postcheck.server.errors import ApiError, invalid
from postcheck.server.keys import CONFIG, LEAK_GUARD, STORE, STORE_THREAD, VAULT, ZONE
from postcheck.server.leak_check import GuardState, preload
from postcheck.server.routes import read_json
from postcheck.server.vault_models import AccountUpdate, RevealRequest, SecretUpdate, TotpRequest
from postcheck.vault import VaultError
from postcheck.vault.leakguard import LeakGuard
from postcheck.vault.service import VaultService

routes = web.RouteTableDef()
PAGE_HEADER, PAGE_VALUE = "X-Postcheck-Context", "extension-page"
_ACCOUNT = "/v1/accounts/{platform}/{handle}"


async def vault_context(app: web.Application) -> AsyncIterator[None]:
    """After the store opened: the vault service on the store's thread, and the leak guard loading in background."""
    policy = app[CONFIG].policy
    # Days (rotation, stale requirements) in the schedule's zone, the checklist's: the options page and the popup agree.
    app[VAULT] = VaultService(AccountRegistry(app[STORE]), policy.vault, via="extension", zone=app[ZONE])
    state = GuardState(LeakGuard(policy.vault.leak_guard_min_length), app[STORE_THREAD], app[VAULT])
    app[LEAK_GUARD] = state
    task = asyncio.get_running_loop().create_task(preload(state))
    yield
    if not task.done():
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def _json(payload: Any, status: int = 200) -> web.Response:
    return web.Response(status=status, body=json.dumps(payload, ensure_ascii=False).encode(),
                        content_type="application/json")


async def _vault(request: web.Request, method: str, *args) -> Any:
    """Run one VaultService method on the store thread; its errors become the API's."""
    service = request.app[VAULT]
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(request.app[STORE_THREAD], getattr(service, method), *args)
    except VaultError as exc:
        raise ApiError(exc.status, exc.code, str(exc)) from None


async def _body(request: web.Request, model):
    raw = await read_json(request)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise invalid(exc) from None


def _names(request: web.Request) -> tuple[str, str]:
    return request.match_info["platform"], request.match_info["handle"]


def _page_only(request: web.Request) -> None:
    if request.headers.get(PAGE_HEADER) != PAGE_VALUE:
        raise ApiError(403, "extension-page-only",
                       "secrets are given only to postcheck's own pages (options, popup) through the extension's "
                       "background, never to a request relayed from a web page's content script")


def _text(value: object) -> str | None:
    return None if value is None else value.isoformat() if isinstance(value, date) else str(value)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@routes.get("/v1/accounts")
async def list_accounts(request: web.Request) -> web.Response:
    return _json({"accounts": await _vault(request, "accounts", _now())})


@routes.put(_ACCOUNT)
async def save_account(request: web.Request) -> web.Response:
    update = await _body(request, AccountUpdate)
    fields = {name: _text(getattr(update, name)) for name in ("url", "location", "manager", "created")
              if name in update.model_fields_set}
    requirements = {key: _text(value) for key, value in update.requirements.items()}
    account, created = await _vault(request, "save", *_names(request), fields, requirements, _now())
    return _json(account, status=201 if created else 200)


@routes.delete(_ACCOUNT)
async def remove_account(request: web.Request) -> web.Response:
    await _vault(request, "remove", *_names(request), _now())
    await request.app[LEAK_GUARD].refresh(force=True)  # its secrets are no longer looked for
    return web.Response(status=204)


@routes.put(_ACCOUNT + "/secret")
async def set_secret(request: web.Request) -> web.Response:
    _page_only(request)
    update = await _body(request, SecretUpdate)
    platform, handle = _names(request)
    account = await _vault(request, "set_secret", platform, handle, update.password, update.totp_seed, _now())
    await request.app[LEAK_GUARD].refresh(force=True)  # drafts are searched for the new secret from now on
    return _json(account)


@routes.post(_ACCOUNT + "/secret/reveal")
async def reveal_secret(request: web.Request) -> web.Response:
    _page_only(request)
    body = await _body(request, RevealRequest)
    return _json({"password": await _vault(request, "reveal", *_names(request), body.purpose, _now())})


@routes.post(_ACCOUNT + "/totp")
async def totp_code(request: web.Request) -> web.Response:
    _page_only(request)
    await _body(request, TotpRequest)
    return _json(await _vault(request, "totp", *_names(request), _now()))
