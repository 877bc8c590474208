"""The rules, one module per rule under <family>/<name>.py.

Each module has a docstring with the headings What it flags / Why / Example / Instead, and defines:
  SEVERITY   "error" | "warning" | "info"
  GUIDELINE  the guideline section it enforces, shown to the user ("Twitter › Hashtags")
  GUIDELINE_BY_PLATFORM  optional: {platform: section} where the guidelines say it again for that platform
  PLATFORMS  optional: the platforms it applies to (default all)
  KINDS      optional: "post" and/or "reply" (default both)
  build(policy) -> checker: called once per policy; precompile there. checker(draft) yields Hits.
"""
