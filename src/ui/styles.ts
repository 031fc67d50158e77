// Styles of our shadow root. Sizes in px scale with browser zoom; the card stays within the
// viewport at 200%. Categories differ by underline style, not only by colour.
export const OVERLAY_CSS = `
:host { all: initial; }
.app, .marks, .mirrors { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; }
.mark { position: fixed; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid #b3261e; }
.mark.overpromise { border-bottom: 3px dotted #b3261e; }
.mark.escalation { border-bottom: 3px double #a23c00; }
.mark.missing-validation { border-bottom: 2px dotted #5b4bb7; }
.mark.boundary { border-bottom: 2px dashed #7a5b00; }
.mark.vague-timeline { border-bottom: 2px solid #0b6e4f; }
.mark.active { background: rgba(255, 213, 79, 0.35); }
.status, .card, .list {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #1f1f1f;
}
.status {
  position: fixed; transform: translate(-100%, -100%); display: inline-flex; align-items: center; gap: 4px;
  min-height: 28px; padding: 2px 8px; border: 1px solid #c4c7c5; border-radius: 14px; background: #fff;
  box-shadow: 0 1px 3px rgba(0,0,0,.2); cursor: pointer; opacity: .92;
}
.status.has-findings { border-color: #0b57d0; }
.status .logo { font-weight: 700; font-size: 11px; letter-spacing: .04em; color: #0b57d0; }
.status .count { font-weight: 600; min-width: 1ch; text-align: center; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.card, .list {
  position: fixed; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px)); max-height: calc(100vh - 16px);
  overflow: auto; padding: 12px 14px; background: #fff; border: 1px solid #c4c7c5; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18);
}
.card, .list { left: 0; top: 0; }
.card { width: max-content; }
.list { width: 340px; }
p { margin: 0 0 6px; }
.kicker { font-size: 12px; color: #444746; display: flex; align-items: center; gap: 6px; }
.message { font-weight: 600; }
.why { color: #444746; font-size: 13px; }
ul { list-style: none; margin: 8px 0; padding: 0; display: grid; gap: 6px; }
button { font: inherit; color: inherit; }
.apply, .item {
  display: flex; flex-direction: column; align-items: flex-start; width: 100%; text-align: left; padding: 6px 10px;
  border: 1px solid #c4c7c5; border-radius: 6px; background: #f8fafd; cursor: pointer;
}
.apply:hover, .item:hover { background: #e8f0fe; }
.apply .label { font-size: 12px; color: #444746; }
.apply .replacement { font-weight: 600; color: #0b57d0; }
.item { flex-direction: row; flex-wrap: wrap; gap: 4px 6px; align-items: center; }
.item-category { font-weight: 600; }
.item-message { flex-basis: 100%; font-size: 13px; color: #444746; }
.list-title { font-weight: 600; }
.actions { display: flex; justify-content: space-between; gap: 8px; }
.dismiss, .close { border: 1px solid transparent; background: none; padding: 4px 8px; border-radius: 6px; cursor: pointer; color: #444746; }
.dismiss:hover, .close:hover { background: #f1f3f4; }
.swatch { display: inline-block; width: 18px; height: 0; border-bottom: 2px solid #0b6e4f; }
.swatch.overpromise { border-bottom: 3px dotted #b3261e; }
.swatch.escalation { border-bottom: 3px double #a23c00; }
.swatch.missing-validation { border-bottom: 2px dotted #5b4bb7; }
.swatch.boundary { border-bottom: 2px dashed #7a5b00; }
@media (prefers-color-scheme: dark) {
  .status, .card, .list { background: #1f1f1f; color: #e3e3e3; border-color: #5f6368; }
  .apply, .item { background: #2d2f31; border-color: #5f6368; }
  .why, .kicker, .apply .label, .item-message, .dismiss, .close { color: #c4c7c5; }
  .apply .replacement, .status .logo { color: #a8c7fa; }
}
`;
