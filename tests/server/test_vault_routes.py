"""/v1/accounts on the real app and a real port, with the real Secret Service: secrets are write-only except for
requests marked as coming from the extension's own pages, never in a GET, a finding, the SQLite files or the log."""

from __future__ import annotations

import logging

import keyring
import keyring.core
import pytest
from keyring.backends import fail

from postcheck import paths
from tests.support.keyring_session import keyring_session  # noqa: F401  (fixture)

PASSWORD, SEED = "Kabul#2024!xyz", "JBSWY3DPEHPK3PXP"
PAGE = {"X-Postcheck-Context": "extension-page"}
ACCOUNT = "/v1/accounts/twitter/IOMPhilippines"


def secret_free(raw: bytes) -> bool:
    return PASSWORD.encode() not in raw and SEED.encode() not in raw and SEED.lower().encode() not in raw


async def test_accounts_life_cycle_with_write_only_secrets(keyring_session, client, auth, caplog):
    caplog.set_level(logging.DEBUG)
    assert (await (await client.get("/v1/accounts", headers=auth)).json()) == {"accounts": []}
    created = await client.put(ACCOUNT, json={"location": "Philippines", "url": "https://twitter.com/IOMPhilippines",
                                              "requirements": {"concept-note": "2026-10-01"}}, headers=auth)
    assert created.status == 201
    account = await created.json()
    assert account["naming"]["ok"] and not account["has_secret"] and not account["ready"]
    assert next(i for i in account["requirements"] if i["id"] == "concept-note")["status"] == "done"
    again = await client.put(ACCOUNT, json={"manager": "Laura", "requirements": {"concept-note": None}}, headers=auth)
    assert again.status == 200
    account = await again.json()
    assert account["manager"] == "Laura" and account["location"] == "Philippines"
    assert next(i for i in account["requirements"] if i["id"] == "concept-note")["status"] == "missing"

    # Write-only secret: refused without the page marker, stored with it, never echoed.
    body = {"password": PASSWORD, "totp_seed": SEED.lower()}
    refused = await client.put(ACCOUNT + "/secret", json=body, headers=auth)
    assert refused.status == 403 and (await refused.json())["error"]["code"] == "extension-page-only"
    assert keyring.get_password("postcheck", "twitter/IOMPhilippines") is None
    stored = await client.put(ACCOUNT + "/secret", json=body, headers={**auth, **PAGE})
    assert stored.status == 200 and secret_free(await stored.read())
    assert (await stored.json())["has_secret"] and (await stored.json())["strength"]["ok"]
    assert keyring.get_password("postcheck", "twitter/IOMPhilippines") == PASSWORD
    listing = await client.get("/v1/accounts", headers=auth)
    assert secret_free(await listing.read())

    # Reveal and TOTP only for extension pages, logged.
    for path, payload in ((ACCOUNT + "/secret/reveal", {"purpose": "copy"}), (ACCOUNT + "/totp", {})):
        denied = await client.post(path, json=payload, headers=auth)
        assert denied.status == 403 and secret_free(await denied.read())
    revealed = await client.post(ACCOUNT + "/secret/reveal", json={"purpose": "copy"}, headers={**auth, **PAGE})
    assert (await revealed.json()) == {"password": PASSWORD}
    code = await (await client.post(ACCOUNT + "/totp", json={}, headers={**auth, **PAGE})).json()
    assert code["code"].isdigit() and len(code["code"]) == 6 and 0 < code["valid_for"] <= code["period"] == 30

    # The draft with the secret: an error at its span (UTF-16: the emoji before it counts 2), never echoing it.
    draft = f"🌍 New login for the team: {PASSWORD} (and the 2FA {SEED.lower()})"
    report = await (await client.post("/v1/check", json={"text": draft, "platform": "twitter"}, headers=auth)).json()
    leaks = [f for f in report["findings"] if f["rule"] == "safety.credential"]
    start = len(draft.encode("utf-16-le")[:draft.index(PASSWORD) * 2]) // 2 + 1
    assert {(f["start"], f["end"]) for f in leaks} >= {(start, start + len(PASSWORD))}
    assert any("TOTP seed" in f["message"] for f in leaks)
    assert all("twitter/IOMPhilippines" in f["message"] and secret_free(repr(f).encode()) for f in leaks)

    gone = await client.delete(ACCOUNT, headers=auth)
    assert gone.status == 204
    assert keyring.get_password("postcheck", "twitter/IOMPhilippines") is None
    after = await (await client.post("/v1/check", json={"text": draft, "platform": "twitter"}, headers=auth)).json()
    assert not any("vault" in f["message"] for f in after["findings"])
    assert (await client.delete(ACCOUNT, headers=auth)).status == 404

    for path in paths.data_dir().iterdir():  # the SQLite file, its -wal and -shm
        assert secret_free(path.read_bytes()), path
    assert secret_free(caplog.text.encode())


@pytest.mark.parametrize("path, method, body, message", [
    ("/v1/accounts/myspace/IOMPhilippines", "PUT", {}, "platform: 'myspace' is not one of"),
    ("/v1/accounts/twitter/IOM%2FPhilippines", "PUT", {}, "handle"),
    (ACCOUNT, "PUT", {"requirements": {"naming-convention": "2026-01-01"}}, "not a requirement recorded by date"),
    (ACCOUNT, "PUT", {"requirements": {"concept-note": "2026-02-30"}}, "requirements.concept-note"),
    (ACCOUNT, "PUT", {"url": "javascript:alert(1)"}, "url"),
    (ACCOUNT, "PUT", {"password": PASSWORD}, "password: unknown field"),
])
async def test_bad_input_is_a_422_naming_the_field_and_changes_nothing(client, auth, path, method, body, message):
    response = await client.request(method, path, json=body, headers=auth)
    assert response.status == 422
    assert message in (await response.json())["error"]["message"]
    assert (await (await client.get("/v1/accounts", headers=auth)).json()) == {"accounts": []}


async def test_secret_routes_without_a_keyring_answer_503_with_what_to_install(client, auth):
    assert (await client.put(ACCOUNT, json={}, headers=auth)).status == 201
    before = keyring.get_keyring()
    keyring.core.set_keyring(fail.Keyring())
    try:
        response = await client.put(ACCOUNT + "/secret", json={"password": PASSWORD}, headers={**auth, **PAGE})
        assert response.status == 503
        error = (await response.json())["error"]
        assert error["code"] == "keyring-unavailable" and "gnome-keyring" in error["message"]
        assert secret_free(await response.read())
    finally:
        keyring.core.set_keyring(before)
    listed = (await (await client.get("/v1/accounts", headers=auth)).json())["accounts"]
    assert [a["has_secret"] for a in listed] == [False]


async def test_reveal_of_an_unknown_account_is_404(keyring_session, client, auth):
    response = await client.post("/v1/accounts/facebook/OIM_Colombia/secret/reveal", json={},
                                 headers={**auth, **PAGE})
    assert response.status == 404 and (await response.json())["error"]["code"] == "unknown-account"


async def test_vault_responses_match_the_openapi_document(keyring_session, client, auth):
    import jsonschema_rs

    from tests.server.test_openapi import response_schema

    document = await (await client.get("/v1/openapi.json", headers=auth)).json()

    async def matches(response, path: str, method: str) -> None:
        schema = response_schema(document, path, method, response.status)
        jsonschema_rs.Draft202012Validator(schema, validate_formats=True).validate(await response.json())

    templated = "/v1/accounts/{platform}/{handle}"
    await matches(await client.put(ACCOUNT, json={"requirements": {"packetshaper": "2026-09-01"}}, headers=auth),
                  templated, "put")
    await matches(await client.put(ACCOUNT + "/secret", json={"password": PASSWORD, "totp_seed": SEED},
                                   headers={**auth, **PAGE}), templated + "/secret", "put")
    await matches(await client.get("/v1/accounts", headers=auth), "/v1/accounts", "get")
    await matches(await client.post(ACCOUNT + "/secret/reveal", json={}, headers={**auth, **PAGE}),
                  templated + "/secret/reveal", "post")
    await matches(await client.post(ACCOUNT + "/totp", json={}, headers={**auth, **PAGE}), templated + "/totp", "post")
    await matches(await client.post(ACCOUNT + "/totp", json={}, headers=auth), templated + "/totp", "post")  # 403
    await matches(await client.put("/v1/accounts/myspace/x", json={}, headers=auth), templated, "put")  # 422
    assert (await client.delete(ACCOUNT, headers=auth)).status == 204


async def test_the_document_refuses_the_secret_bodies_the_vault_refuses(keyring_session, client, auth):
    """What the document calls a valid secret body, the vault stores (the fuzzer's "schema-valid data is accepted"):
    an empty body, nulls and a seed base32 cannot decode are invalid by the document, and each is a 422."""
    import jsonschema_rs

    document = await (await client.get("/v1/openapi.json", headers=auth)).json()
    body = document["paths"]["/v1/accounts/{platform}/{handle}/secret"]["put"]["requestBody"]["content"]
    validator = jsonschema_rs.Draft202012Validator({**body["application/json"]["schema"],
                                                    "components": document["components"]})
    await client.put(ACCOUNT, json={}, headers=auth)
    for refused in ({}, {"password": None}, {"totp_seed": None}, {"totp_seed": SEED + "A"}, {"totp_seed": " " * 16}):
        assert not validator.is_valid(refused), refused
        answer = await client.put(ACCOUNT + "/secret", json=refused, headers={**auth, **PAGE})
        assert answer.status == 422, refused
    for accepted in ({"password": PASSWORD}, {"totp_seed": SEED}, {"totp_seed": "jbsw-y3dp ehpk-3pxp"}):
        assert validator.is_valid(accepted), accepted
        assert (await client.put(ACCOUNT + "/secret", json=accepted, headers={**auth, **PAGE})).status == 200, accepted


async def test_a_before_setup_requirement_dated_after_creation_is_done_late_in_get_and_the_cli(client, auth):
    import json

    from tests.vault.cli import vault

    body = {"created": "2026-11-10", "requirements": {"ocu-notified": "2026-11-12", "packetshaper": "2026-11-01",
                                                      "concept-note": "2026-11-20"}}
    saved = await client.put(ACCOUNT, json=body, headers=auth)
    assert saved.status == 201
    account = await saved.json()
    items = {item["id"]: item for item in account["requirements"]}
    assert items["ocu-notified"]["status"] == "done"  # done late is still done: never a missing item
    assert items["ocu-notified"]["late"] == ("done on 2026-11-12, after the account was created on 2026-11-10: "
                                             "the guidelines ask for it before setup")
    assert items["packetshaper"]["late"] is None and items["concept-note"]["late"] is None
    listed = (await (await client.get("/v1/accounts", headers=auth)).json())["accounts"][0]
    assert listed["requirements"] == account["requirements"]

    # `postcheck vault list` (same SQLite file) says it too, as a warning line, and its --json matches GET.
    human = vault("list").stdout
    assert ("  ⚠ done late: OCU notified (ocu@iom.int) before registering the account: done on 2026-11-12, after "
            "the account was created on 2026-11-10: the guidelines ask for it before setup") in human
    assert "✖ missing: OCU notified" not in human
    by_cli = json.loads(vault("list", "--json").stdout)["accounts"][0]
    assert by_cli["requirements"] == account["requirements"]

    # Moving the creation day back to the notification's day clears the warning.
    await client.put(ACCOUNT, json={"created": "2026-11-12"}, headers=auth)
    account = (await (await client.get("/v1/accounts", headers=auth)).json())["accounts"][0]
    assert all(item["late"] is None for item in account["requirements"])
