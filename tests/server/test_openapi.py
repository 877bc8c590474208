"""/v1/openapi.json is true: it is valid OpenAPI 3.1, real responses validate against it, and fuzzing finds no 5xx."""

from __future__ import annotations

import jsonschema_rs
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate as validate_openapi

from postcheck import paths
from tests.server.conftest import TWEET
from tests.support.signing import MARKER, RequestsSigner


def response_schema(document: dict, path: str, method: str, status: int) -> dict:
    """The schema the document promises for one response, with its components resolvable."""
    schema = document["paths"][path][method]["responses"][str(status)]["content"]["application/json"]["schema"]
    return {**schema, "components": document["components"]}


async def test_real_responses_match_the_document(client, auth):
    document = await (await client.get("/v1/openapi.json", headers=auth)).json()

    async def assert_matches(response, path: str, method: str) -> None:
        body = await response.json()
        schema = response_schema(document, path, method, response.status)
        jsonschema_rs.Draft202012Validator(schema, validate_formats=True).validate(body)

    await assert_matches(await client.post("/v1/check", json={"text": TWEET + " #a #b #c", "platform": "twitter"},
                                           headers=auth), "/v1/check", "post")
    await assert_matches(await client.post("/v1/activity", json={"type": "post-published", "platform": "instagram",
                                                                  "hashtags": ["Migration"], "media": ["photo"]},
                                           headers=auth), "/v1/activity", "post")
    await assert_matches(await client.post("/v1/activity", json={"type": "duty-ticked", "duty": "country-profile"},
                                           headers=auth), "/v1/activity", "post")
    await assert_matches(await client.get("/v1/activity", headers=auth), "/v1/activity", "get")
    await assert_matches(await client.get("/v1/health", headers=auth), "/v1/health", "get")
    await assert_matches(await client.get("/v1/templates", headers=auth), "/v1/templates", "get")
    for status_path, method, kwargs in (("/v1/check", "post", {"json": {"platform": "mars"}}),
                                        ("/v1/activity", "get", {"params": {"since": "soon"}})):
        response = await client.request(method.upper(), status_path, headers=auth, **kwargs)
        assert response.status == 422
        await assert_matches(response, status_path, method)
    unauthorised = await client.get("/v1/health")
    await assert_matches(unauthorised, "/v1/health", "get")


async def test_document_is_valid_openapi_3_1_listing_the_policy_duties(client, auth, config):
    document = await (await client.get("/v1/openapi.json", headers=auth)).json()
    validate_openapi(document)  # against the OpenAPI 3.1 specification's own schema
    duty = document["components"]["schemas"]["DutyTicked"]["properties"]["duty"]
    assert duty["enum"] == sorted(d.id for d in config.policy.schedule.duties)


@pytest.fixture
def helper_schema(served):
    _, info = served
    # A Bearer marker the requests' auth hook turns into the signature; schemathesis drops it to test refusals.
    auth = {"Authorization": f"{MARKER}{info['token']}"}
    schema = schemathesis.openapi.from_url(f"{info['url']}/v1/openapi.json", headers=auth, auth=RequestsSigner())
    schema.config.update(headers=auth)
    return schema


fuzz = schemathesis.pytest.from_fixture("helper_schema")


@fuzz.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_fuzzing_finds_no_server_error_and_no_broken_promise(case):
    # Every check schemathesis has: no 5xx, status codes and bodies as documented, bad data rejected. Except, for
    # /v1/media, "schema-valid data is accepted": no schema says "these bytes are a photo", so base64 of random
    # bytes is valid by the document and still (rightly) a 422 unreadable-media.
    excluded = [schemathesis.checks.positive_data_acceptance] if case.path.startswith("/v1/media") else []
    case.call_and_validate(auth=RequestsSigner(), excluded_checks=excluded)
    assert paths.helper_file().exists()
