/** Columns every SOP row table shares: its SOP and its 0-based position in the document's list. */
export interface SopRowKey {
  sopId: string;
  position: number;
}
