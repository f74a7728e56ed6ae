import {
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  webLightTheme,
} from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import { translator, type UiLanguage } from "../core/i18n";
import { clearSettingsDocument } from "../runtime/settingsDocument";

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** The language of the fallback (the pane's own state is gone once it failed). */
  readonly language: UiLanguage;
  /** After the saved settings were cleared; default: reload the page. */
  readonly onReset?: () => void;
}

interface ErrorBoundaryState {
  readonly error: Error | undefined;
}

function reloadPage(): void {
  window.location.reload();
}

/**
 * Around the whole pane: a render that throws shows what failed and a way out — "Reset settings"
 * removes the saved settings document (./runtime/settingsDocument.ts) and reloads, so a setting
 * that breaks the pane cannot keep it broken. React logs the error itself.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  readonly #reset = () => {
    clearSettingsDocument();
    (this.props.onReset ?? reloadPage)();
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = translator(this.props.language);
    return (
      <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
        <main
          style={{ display: "flex", flexDirection: "column", gap: "12px", padding: "12px 16px" }}
          aria-labelledby="app-title"
        >
          <Subtitle1 as="h1" id="app-title">
            {t("app.title")}
          </Subtitle1>
          <MessageBar intent="error" layout="multiline" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{t("boundary.title")}</MessageBarTitle>
              <code data-testid="boundary-error">{`${error.name}: ${error.message}`}</code>
            </MessageBarBody>
          </MessageBar>
          <Body1>{t("boundary.body")}</Body1>
          <div>
            <Button appearance="primary" onClick={this.#reset}>
              {t("boundary.reset")}
            </Button>
          </div>
        </main>
      </FluentProvider>
    );
  }
}
