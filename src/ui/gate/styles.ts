// The send gate's dialog and checklist, added to our shadow root's styles. Centered, modal, and
// within the viewport at 200% zoom.
export const GATE_CSS = `
.gate-backdrop { position: fixed; inset: 0; width: 100vw; height: 100vh; background: rgba(0,0,0,.32); display: grid; place-items: center; }
.gate {
  box-sizing: border-box; width: min(480px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: auto;
  padding: 16px 18px; background: #fff; color: #1f1f1f; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.3);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
.gate-title { font-size: 16px; font-weight: 600; }
.checklist { display: grid; gap: 8px; }
.check-line { display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; margin: 0; }
.tick { display: inline-block; width: 18px; text-align: center; font-weight: 700; }
.check.ok .tick { color: #0b6e4f; }
.check.todo .tick { color: #b3261e; }
.check-label { flex: 1 1 200px; }
.check-count { color: #444746; font-size: 13px; }
.findings { margin: 4px 0 0 26px; gap: 4px; }
.finding { display: grid; gap: 2px; font-size: 13px; }
.finding-text { font-weight: 600; }
.finding-message { color: #444746; }
.gate-actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; margin-top: 12px; }
.review, .send-anyway { padding: 6px 16px; border-radius: 18px; cursor: pointer; border: 1px solid #747775; background: #fff; }
.review { background: #0b57d0; border-color: #0b57d0; color: #fff; }
@media (prefers-color-scheme: dark) {
  .gate { background: #1f1f1f; color: #e3e3e3; }
  .check-count, .finding-message { color: #c4c7c5; }
  .send-anyway { background: #1f1f1f; border-color: #8e918f; }
  .review { background: #a8c7fa; border-color: #a8c7fa; color: #062e6f; }
}
`;
