import { Label } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { useViewStyles } from "./useViewStyles.styles";

/**
 * A labelled group of Fluent checkboxes: a Fluent Label over a `role="group"` (what a native
 * fieldset and legend were for, without their grey browser border beside Fluent's controls).
 */
export function CheckGroup({
  label,
  className,
  children,
}: {
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const styles = useViewStyles();
  const id = useId();
  return (
    <div className={styles.form}>
      <Label id={id}>{label}</Label>
      <div role="group" aria-labelledby={id} className={className}>
        {children}
      </div>
    </div>
  );
}
