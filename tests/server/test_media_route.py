"""POST /v1/media on the real app on a real port: findings, both body forms, its own limits, the security rules."""

from __future__ import annotations

import base64
import subprocess
import sys

from postcheck.policy import load_policy
from tests.media import photos
from tests.server.conftest import EXTENSION_ORIGIN

CAP = load_policy().media.metadata_cap_bytes
OCTETS = {"Content-Type": "application/octet-stream"}


async def test_raw_metadata_gives_location_with_coordinates(client, auth):
    response = await client.post("/v1/media", data=photos.jpeg(photos.gps_exif()), headers={**auth, **OCTETS},
                                 params={"text": "Photo: IOM/Jane Doe"})
    assert response.status == 200, await response.text()
    report = await response.json()
    rules = [f["rule"] for f in report["findings"]]
    assert rules == ["image.location", "image.personal", "image.release"]
    assert round(report["location"]["latitude"], 5) == 48.85822 and report["format"] == "jpeg"
    # The policy's image rotation (Twitter › Images): the kinds the extension offers for an attached photo.
    assert report["image_kinds"] == ["infographic", "photo", "photo-with-caption"]


async def test_json_with_base64_and_text_from_the_extension(client, auth):
    bare = photos.jpeg(photos.gps_exif(artist=None, serial=None, gps=False))
    body = {"data": base64.b64encode(bare).decode(), "text": "Families arrive at the centre"}
    response = await client.post("/v1/media", json=body, headers={**auth, "Origin": EXTENSION_ORIGIN})
    assert response.status == 200 and response.headers["Access-Control-Allow-Origin"] == EXTENSION_ORIGIN
    assert [f["rule"] for f in (await response.json())["findings"]] == ["image.credit", "image.release"]
    body["text"] += " © IOM 2026"
    credited = await (await client.post("/v1/media", json=body, headers=auth)).json()
    assert [f["rule"] for f in credited["findings"]] == ["image.release"]


async def test_findings_in_the_extension_language_in_both_body_forms(client, auth):
    data = photos.jpeg(photos.gps_exif())
    raw = await (await client.post("/v1/media", data=data, headers={**auth, **OCTETS},
                                   params={"text": "Photo: IOM/Jane Doe", "lang": "fr"})).json()
    assert raw["findings"][0]["message"].startswith("Le fichier enregistre l'endroit de la prise de vue")
    assert raw["findings"][0]["guideline"] == load_policy().media.location.section  # sections cite the document
    body = {"data": base64.b64encode(data).decode(), "text": "Photo: IOM/Jane Doe", "lang": "es"}
    spanish = await (await client.post("/v1/media", json=body, headers=auth)).json()
    assert spanish["findings"][0]["message"].startswith("El archivo registra dónde se tomó")
    for params, json_body in (({"lang": "de"}, None), (None, {**body, "lang": "de"})):
        response = await client.post("/v1/media", data=None if json_body else data, json=json_body, params=params,
                                     headers={**auth, **({} if json_body else OCTETS)})
        assert response.status == 422 and (await response.json())["error"]["message"].startswith("lang: ")


async def test_bad_bodies_get_clear_errors(client, auth):
    not_image = await client.post("/v1/media", data=b"%PDF-1.7 hello", headers={**auth, **OCTETS})
    assert not_image.status == 422
    assert (await not_image.json())["error"]["code"] == "unreadable-media"
    bad64 = await client.post("/v1/media", json={"data": "AAA"}, headers=auth)
    assert bad64.status == 422 and "base64" in (await bad64.json())["error"]["message"]
    extra = await client.post("/v1/media", json={"data": "", "path": "/etc/passwd"}, headers=auth)
    assert extra.status == 422 and "path: unknown field" in (await extra.json())["error"]["message"]
    text_plain = await client.post("/v1/media", data=b"\xff\xd8\xff", headers={**auth, "Content-Type": "text/plain"})
    assert text_plain.status == 415 and "application/octet-stream" in (await text_plain.json())["error"]["message"]
    over_cap = await client.post("/v1/media", data=b"\xff\xd8\xff" + bytes(CAP), headers={**auth, **OCTETS})
    assert over_cap.status == 413 and "metadata part" in (await over_cap.json())["error"]["message"]


async def test_own_body_limit_for_declared_and_streamed_bodies(client, auth, config):
    big = bytes(config.max_media_body + 1)
    declared = await client.post("/v1/media", data=big, headers={**auth, **OCTETS})
    assert declared.status == 413

    async def stream():
        for _ in range(config.max_media_body // 65536 + 2):
            yield bytes(65536)

    streamed = await client.post("/v1/media", data=stream(), headers={**auth, **OCTETS})
    assert streamed.status == 413
    # The JSON routes keep their own, smaller limit.
    assert config.max_media_body > config.max_body
    assert (await client.post("/v1/check", data=bytes(config.max_body + 1),
                              headers={**auth, "Content-Type": "application/json"})).status == 413


async def test_same_token_host_and_origin_rules(client, auth):
    data = photos.jpeg(photos.gps_exif())
    assert (await client.post("/v1/media", data=data, headers=OCTETS)).status == 401
    page = await client.post("/v1/media", data=data, headers={**auth, **OCTETS, "Origin": "https://x.com"})
    assert page.status == 403
    rebound = await client.post("/v1/media", data=data, headers={**auth, **OCTETS, "Host": "evil.example:80"})
    assert rebound.status == 421


def test_the_helper_does_not_import_pillow_until_a_photo_arrives():
    code = ("import sys; from postcheck.policy import load_policy; from postcheck.server import create_app; "
            "from postcheck.server.config import ServerConfig; from pathlib import Path; "
            "create_app(ServerConfig.for_policy(load_policy(), Path('x.db'))); "
            "import postcheck.media, postcheck.commands.media; print('PIL' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr



async def test_responses_match_the_openapi_document(client, auth):
    import jsonschema_rs

    from tests.server.test_openapi import response_schema

    document = await (await client.get("/v1/openapi.json", headers=auth)).json()
    for response in (await client.post("/v1/media", data=photos.jpeg(photos.gps_exif()), headers={**auth, **OCTETS}),
                     await client.post("/v1/media", json={"data": "AAAA"}, headers=auth)):
        schema = response_schema(document, "/v1/media", "post", response.status)
        jsonschema_rs.Draft202012Validator(schema, validate_formats=True).validate(await response.json())


async def test_clean_copy_is_written_into_downloads_only(client, auth, postcheck_home):
    import stat

    original = photos.jpeg(photos.gps_exif(orientation=6))
    body = {"data": base64.b64encode(original).decode(), "name": "../../etc/IMG 0042.JPG"}
    response = await client.post("/v1/media/clean", json=body, headers={**auth, "Origin": EXTENSION_ORIGIN})
    assert response.status == 201, await response.text()
    answer = await response.json()
    copy = postcheck_home / "downloads" / "IMG 0042-no-metadata.jpg"
    assert answer["path"] == str(copy) and answer["name"] == copy.name and answer["removed_bytes"] > 0
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    data = copy.read_bytes()
    assert photos.pixels(data) == photos.pixels(original) and dict(photos.exif_of(data)) == {0x0112: 6}
    raw = await client.post("/v1/media/clean", data=original, params={"name": "camp.jpeg"},
                            headers={**auth, **OCTETS})
    assert (await raw.json())["name"] == "camp-no-metadata.jpg"
    before = sorted(p.name for p in copy.parent.iterdir())
    refused = await client.post("/v1/media/clean", data=b"%PDF-1.7", headers={**auth, **OCTETS})
    assert refused.status == 422 and sorted(p.name for p in copy.parent.iterdir()) == before
    assert (await client.post("/v1/media/clean", data=original, headers=OCTETS)).status == 401
