import { useEffect, useRef, type ReactNode } from "react";

/**
 * Keeps keyboard users oriented when a view swaps what it shows (a classification page opens, a
 * card closes): each time `focusKey` changes, focus moves to the first `h2` inside, as soon as it
 * is rendered (a page's heading appears once its data has loaded). The first render never takes
 * focus, so opening the pane does not jump. Escape calls `onEscape` (back), unless an open
 * list or menu inside takes it first; also when focus has fallen to the page (a button that
 * disabled itself while it worked), so Escape still goes back.
 */
export function FocusFrame({
  focusKey,
  onEscape,
  children,
}: {
  readonly focusKey: string;
  readonly onEscape?: () => void;
  readonly children: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = frame.current;
    if (!root) return;
    const focusHeading = (): boolean => {
      const heading = root.querySelector<HTMLElement>("h2");
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [focusKey]);
  useEffect(() => {
    if (!onEscape) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      if (target !== document.body && !frame.current?.contains(target)) return;
      // An open dropdown or combobox closes on Escape; the view stays.
      if (target.getAttribute("aria-expanded") === "true") return;
      event.preventDefault();
      onEscape();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [onEscape]);
  return (
    <div ref={frame} data-focus-key={focusKey}>
      {children}
    </div>
  );
}
