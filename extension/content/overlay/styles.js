// The overlay's own look, applied inside its closed shadow root so the page's CSS and ours never meet.

export const overlayStyles = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
.mirror { position: fixed; margin: 0; color: transparent; background: transparent; white-space: pre-wrap;
overflow-wrap: break-word; overflow: hidden; pointer-events: none; }
.box { position: fixed; height: 2px; pointer-events: none; }
.box.error { background: #c62828; } .box.warning { background: #ef6c00; } .box.info { background: #1565c0; }
::highlight(postcheck-error) { text-decoration: underline wavy #c62828; text-decoration-thickness: 1.5px; }
::highlight(postcheck-warning) { text-decoration: underline wavy #ef6c00; text-decoration-thickness: 1.5px; }
::highlight(postcheck-info) { text-decoration: underline dotted #1565c0; text-decoration-thickness: 2px; }
.panel { position: fixed; pointer-events: auto; box-sizing: border-box; width: 380px; max-height: 50vh;
overflow-x: hidden; overflow-y: auto;
font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; background: #fff;
border: 1px solid #d0d4dc; border-radius: 8px; box-shadow: 0 4px 16px rgba(0, 0, 0, .14); }
.panel[hidden] { display: none; }
header { display: flex; align-items: center; gap: 6px; padding: 6px 8px; border-bottom: 1px solid #eceef2;
position: sticky; top: 0; background: #fff; }
.brand { font-weight: 600; color: #0033a0; }
.count { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; color: #444;
font-variant-numeric: tabular-nums; white-space: nowrap; }
.count.over { color: #c62828; font-weight: 600; }
.tally { min-width: 18px; padding: 0 5px; border-radius: 9px; color: #fff; font-size: 11px; text-align: center; }
.tally.error { background: #c62828; } .tally.warning { background: #ef6c00; } .tally.info { background: #1565c0; }
button { font: inherit; cursor: pointer; border: 1px solid #c7ccd6; background: #f6f7f9; border-radius: 5px;
padding: 1px 7px; color: inherit; }
button:hover { background: #eceff4; }
.panel.collapsed .body { display: none; }
.body { padding: 4px 8px 8px; }
.status { margin: 6px 0; padding: 6px 8px; border-radius: 6px; background: #fdecea; color: #8e1b1b; }
.status code { font-family: ui-monospace, monospace; background: #fff4f2; padding: 0 3px; }
.detail { margin: 0 0 4px; color: #666; font-size: 11px; overflow-wrap: anywhere; }
.ok { margin: 6px 0; color: #2e7d32; }
.notice { margin: 6px 0 0; color: #8a5300; font-size: 12px; }
ul { list-style: none; margin: 0; padding: 0; }
.finding { margin: 6px 0 0; padding: 4px 0 4px 8px; border-left: 3px solid #999; }
.finding.error { border-color: #c62828; } .finding.warning { border-color: #ef6c00; } .finding.info { border-color: #1565c0; }
.finding p { margin: 0; }
.suggestion { color: #2b4a8b; }
.suggestion::before { content: "→ "; }
.guideline { color: #666; font-size: 11px; }
.extras:empty { display: none; }
.extras { margin: 4px 0 2px; padding-bottom: 6px; border-bottom: 1px solid #eceef2; }
.actions { display: flex; flex-wrap: wrap; gap: 4px; }
button.negative { border-color: #e0a39c; background: #fdf1ef; color: #8e1b1b; }
button:disabled { opacity: .6; cursor: default; }
.attachment { margin-top: 6px; }
.attachment + .attachment { border-top: 1px solid #eceef2; padding-top: 6px; }
.file { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.kinds { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin: 4px 0; }
.question { color: #444; }
button.kind[aria-pressed="true"] { background: #0033a0; border-color: #0033a0; color: #fff; }
button.clean { margin-top: 6px; border-color: #c62828; background: #fdecea; color: #8e1b1b; font-weight: 600; }
.media:empty { display: none; }
.menu { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.note { color: #555; font-size: 12px; margin: 4px 0 0; }
`;
