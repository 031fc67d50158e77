// The background's answer to `analyze`: one long-lived Analyzer, whose sentence cache makes a
// re-check after each pause cheap, fed the user's settings. The draft is neither stored nor logged.
import type { Analyzer } from '../engine/index.ts';
import type { EngineInput } from '../settings/index.ts';
import type { AnalyzeRequest, AnalyzeResponse } from './index.ts';

export async function answerAnalyze(
  analyzer: Analyzer,
  request: AnalyzeRequest,
  loadEngineInput: (now: Date) => Promise<EngineInput>,
): Promise<AnalyzeResponse> {
  try {
    const input = await loadEngineInput(new Date());
    const report = analyzer.analyze({
      text: request.text,
      lang: input.lang,
      sentAt: request.sentAtLocal ?? input.sentAt,
      ...(input.officeHours ? { officeHours: input.officeHours } : {}),
      ...(request.clientMessage ? { clientMessage: request.clientMessage } : {}),
      settings: input.settings,
    });
    return { ok: true, report };
  } catch (error) {
    // The error's name only: a message could quote the draft.
    return { ok: false, error: error instanceof Error ? error.name : 'Error' };
  }
}
