// A header menu: a button that opens a panel below it. One place for how every such menu behaves:
// the button says whether it is open and which panel it controls; Escape closes it and gives the
// focus back to the button; a click outside it, or on a link inside it, closes it. A dialog opened
// from the panel (it lives in its own layer) does not count as outside.
//
// A panel whose code comes on first use passes `preload` (called when a pointer or the focus
// reaches the button) and renders the panel once `used`, a hidden placeholder with the panel's id
// before that.
import { useEffect, useId, useRef, useState } from 'react';

export function useMenu<Root extends HTMLElement = HTMLDivElement>(preload?: () => void) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const panelId = useId();
  const rootRef = useRef<Root>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (!rootRef.current?.contains(target) && !target?.closest?.('[data-dialog-host]')) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return {
    open,
    used,
    close,
    rootProps: {
      ref: rootRef,
      onKeyDown: (event: React.KeyboardEvent) => {
        if (event.key !== 'Escape' || !open) return;
        close();
        buttonRef.current?.focus();
      },
    },
    buttonProps: {
      ref: buttonRef,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => (setUsed(true), setOpen((o) => !o)),
      onPointerEnter: preload,
      onFocus: preload,
    },
    panelProps: {
      id: panelId,
      hidden: !open,
      onClick: (event: React.MouseEvent) => {
        if ((event.target as HTMLElement).closest('a')) close();
      },
    },
  };
}

export type MenuPanelProps = ReturnType<typeof useMenu>['panelProps'];
