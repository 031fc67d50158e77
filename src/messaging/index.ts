// Typed messages between the extension's own contexts. Every message is validated where it is
// received, and only senders that are this extension are answered: a page can reach a content
// script's window, never its runtime port, but a compromised or foreign sender must not be able to
// make us analyse or report text.
import * as v from 'valibot';
import type { Report } from '../engine/types.ts';

/** Drafts longer than this are not analysed: far beyond any email, and it bounds the work a message can ask for. */
export const MAX_DRAFT_LENGTH = 200_000;

const CATEGORY = v.picklist(['overpromise', 'escalation', 'missing-validation', 'boundary', 'vague-timeline']);
const SEVERITY = v.picklist(['low', 'medium', 'high']);
const OFFSET = v.pipe(v.number(), v.integer(), v.minValue(0));

const EditSchema = v.object({ start: OFFSET, end: OFFSET, text: v.string() });
const SuggestionSchema = v.object({ label: v.string(), edits: v.array(EditSchema) });
const FindingSchema = v.object({
  rule: v.string(),
  category: CATEGORY,
  severity: SEVERITY,
  start: v.optional(OFFSET),
  end: v.optional(OFFSET),
  text: v.optional(v.string()),
  message: v.string(),
  why: v.string(),
  suggestions: v.array(SuggestionSchema),
});
const ReportSchema = v.object({
  lang: v.picklist(['en', 'pt']),
  findings: v.array(FindingSchema),
  checklist: v.array(
    v.object({ category: CATEGORY, ok: v.boolean(), label: v.string(), findings: v.array(FindingSchema) }),
  ),
  stats: v.object({ words: v.number(), ms: v.number() }),
});

const AnalyzeRequestSchema = v.object({
  type: v.literal('analyze'),
  text: v.pipe(v.string(), v.maxLength(MAX_DRAFT_LENGTH)),
  /** Overrides the clock: local wall-clock time, ISO `YYYY-MM-DDTHH:mm`. */
  sentAtLocal: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/))),
  /** The client's message being answered, when the page shows it. */
  clientMessage: v.optional(v.pipe(v.string(), v.maxLength(MAX_DRAFT_LENGTH))),
});

const AnalyzeResponseSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), report: ReportSchema }),
  v.object({ ok: v.literal(false), error: v.string() }),
]);

const BackgroundRequestSchema = v.variant('type', [
  AnalyzeRequestSchema,
  /** A content script reports how many findings its active draft has: the toolbar badge shows it. */
  v.object({ type: v.literal('badge'), count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)) }),
  /** A content script asks for the send gate's settings (the firm's policy applied). */
  v.object({ type: v.literal('send-gate') }),
  /** The watcher found a compose editor: start the compose script in its frame (answer: started). */
  v.object({ type: v.literal('start-compose') }),
]);

/** Messages the background answers. */
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;
export type AnalyzeRequest = Extract<BackgroundRequest, { type: 'analyze' }>;
export type AnalyzeResponse = { ok: true; report: Report } | { ok: false; error: string };

const SendGateSchema = v.object({ enabled: v.boolean(), minSeverity: SEVERITY });
export type SendGateSettings = v.InferOutput<typeof SendGateSchema>;

const TabRequestSchema = v.variant('type', [
  /** The keyboard command: move to the next finding in the focused compose window. */
  v.object({ type: v.literal('next-finding') }),
  /** The popup asks for the focused draft's report. */
  v.object({ type: v.literal('draft-report') }),
  /** The popup's "not for this one" switch: Even Keel off (or on again) for the focused draft. */
  v.object({ type: v.literal('mute'), muted: v.boolean() }),
  /** The popup applies one of a finding's suggestions to the focused draft, as the hint card's Apply does. */
  v.object({
    type: v.literal('apply'),
    rule: v.string(),
    start: v.optional(OFFSET),
    end: v.optional(OFFSET),
    suggestion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
]);

/** Messages a content script answers. */
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;
/** `muted`: the user turned Even Keel off for this draft; `report` then has no findings. */
export type DraftReportResponse = { report: Report | null; muted?: boolean };
/** `report` is the draft's report after the change was checked. */
export type ApplyResponse = { applied: boolean; report: Report | null };

const DraftReportResponseSchema = v.object({ report: v.nullable(ReportSchema), muted: v.optional(v.boolean()) });
const ApplyResponseSchema = v.object({ applied: v.boolean(), report: v.nullable(ReportSchema) });

export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  const result = v.safeParse(BackgroundRequestSchema, message);
  return result.success ? result.output : null;
}

export function parseSendGate(message: unknown): SendGateSettings | null {
  const result = v.safeParse(SendGateSchema, message);
  return result.success ? result.output : null;
}

export function parseDraftReportResponse(message: unknown): DraftReportResponse | null {
  const result = v.safeParse(DraftReportResponseSchema, message);
  return result.success ? (result.output as DraftReportResponse) : null;
}

export function parseApplyResponse(message: unknown): ApplyResponse | null {
  const result = v.safeParse(ApplyResponseSchema, message);
  return result.success ? (result.output as ApplyResponse) : null;
}

export function parseTabRequest(message: unknown): TabRequest | null {
  const result = v.safeParse(TabRequestSchema, message);
  return result.success ? result.output : null;
}

export function parseAnalyzeResponse(message: unknown): AnalyzeResponse | null {
  const result = v.safeParse(AnalyzeResponseSchema, message);
  return result.success ? (result.output as AnalyzeResponse) : null;
}

export interface SenderLike {
  id?: string;
  origin?: string;
  url?: string;
}

/** Only this extension's own pages and content scripts may talk to us. */
export function isOwnSender(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId;
}
