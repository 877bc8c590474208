"""Photo and video metadata: what an attached file reveals (image.* findings) and its clean copy.

    from postcheck.media import inspect, inspect_file, clean_copy, MediaError
    inspect(metadata_bytes, post_text, policy.media) -> MediaReport

Importing this package does not import Pillow; reading a file does (kept off the keystroke path).
"""

from postcheck.media.files import CleanCopy, clean_copy, inspect_file, save_upload
from postcheck.media.formats import MediaError
from postcheck.media.inspect import inspect
from postcheck.media.report import Location, MediaReport

__all__ = ["CleanCopy", "Location", "MediaError", "MediaReport", "clean_copy", "inspect", "inspect_file", "save_upload"]
