import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** What a view last did, announced politely to screen readers (MessageBar is a live region). */
export interface Status {
  readonly intent: "success" | "error" | "info" | "warning";
  readonly text: string;
}

export function StatusMessage({ status }: { readonly status: Status | undefined }) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} politeness={status.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}

/** An error as a status line (the message of a core error is written for people). */
export function errorStatus(error: unknown, t: (key: "common.error", values: { message: string }) => string): Status {
  return {
    intent: "error",
    text: t("common.error", { message: error instanceof Error ? error.message : String(error) }),
  };
}
