import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Translate } from "../../../core/i18n";
import { isWriteBlocked } from "../../../core/sheet/writeGuard";

/** What a view last did, announced politely to screen readers (MessageBar is a live region). */
export interface Status {
  readonly intent: "success" | "error" | "info" | "warning";
  readonly text: string;
  /** A next step offered with the message (e.g. "Insert on a new sheet" when the target is not empty). */
  readonly action?: { readonly label: string; readonly run: () => void };
}

export function StatusMessage({ status }: { readonly status: Status | undefined }) {
  if (!status) return null;
  return (
    <MessageBar
      intent={status.intent}
      data-intent={status.intent}
      politeness={status.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody>{status.text}</MessageBarBody>
      {status.action && (
        <MessageBarActions>
          <Button onClick={status.action.run}>{status.action.label}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** An error as a status line (the message of a core error is written for people). */
export function errorStatus(error: unknown, t: Translate): Status {
  // A refused write wrote nothing: say which cells are in the way, as a warning.
  if (isWriteBlocked(error))
    return {
      intent: "warning",
      text: t("write.blocked", { count: error.count, sheet: error.sheet, cells: error.cells.join(", ") }),
    };
  return {
    intent: "error",
    text: t("common.error", { message: error instanceof Error ? error.message : String(error) }),
  };
}
