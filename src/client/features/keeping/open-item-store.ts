// Which of one pledge's recorded items (a delivery, a piece of evidence) is open in its form. The
// "Edit" buttons sit in one list and the form in another part of the page, so they share a small
// store rather than props; one item of each kind is open at a time, on one pledge.
import { create } from 'zustand';

export interface OpenItem<Item> {
  pledgeId: string | null;
  /** The item open in the form (what it is depends on the kind: an index, an id, 'new'), or null. */
  item: Item | null;
  open: (pledgeId: string, item: Item) => void;
  close: () => void;
}

export function openItemStore<Item>() {
  return create<OpenItem<Item>>()((set) => ({
    pledgeId: null,
    item: null,
    open: (pledgeId, item) => set({ pledgeId, item }),
    close: () => set({ pledgeId: null, item: null }),
  }));
}
