import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { describeError, type Translate } from "../../../core/i18n";
import { isWriteBlocked } from "../../../core/sheet/writeGuard";

/** What a view last did, announced politely to screen readers (MessageBar is a live region). */
export interface Status {
  readonly intent: "success" | "error" | "info" | "warning";
  readonly text: string;
  /** A next step offered with the message (e.g. "Insert on a new sheet" when the target is not empty). */
  readonly action?: { readonly label: string; readonly run: () => void };
  /** Technical detail (an API's own sentence), shown below the text, smaller. */
  readonly detail?: string;
  readonly detailLabel?: string;
}

export function StatusMessage({ status }: { readonly status: Status | undefined }) {
  if (!status) return null;
  return (
    <MessageBar
      intent={status.intent}
      data-intent={status.intent}
      politeness={status.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody>
        <span data-part="status-text">{status.text}</span>
        {status.detail && (
          <Caption1 as="p" data-part="status-detail">
            {status.detailLabel ? `${status.detailLabel}: ` : ""}
            {status.detail}
          </Caption1>
        )}
      </MessageBarBody>
      {status.action && (
        <MessageBarActions>
          <Button onClick={status.action.run}>{status.action.label}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/**
 * An error as a status line in the pane's language (core/i18n's describeError): the sentence
 * names the service and the next step; the error's own message (often the API's text) is the
 * detail. `label` turns an API field name into the label the view shows for it. A refused write
 * wrote nothing: it says which cells are in the way, as a warning.
 */
export function errorStatus(error: unknown, t: Translate, label?: (name: string) => string): Status {
  if (isWriteBlocked(error))
    return {
      intent: "warning",
      text: t("write.blocked", { count: error.count, sheet: error.sheet, cells: error.cells.join(", ") }),
    };
  const { text, detail } = describeError(error, t, label);
  return { intent: "error", text, ...(detail && detail !== text ? { detail, detailLabel: t("error.detail") } : {}) };
}
