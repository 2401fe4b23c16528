"use client";

import { useEffect, useRef } from "react";
import { Alert } from "./alert";

/**
 * "Removed <name>." after a row's Remove button: the row and its button are gone, so the message
 * takes focus when it appears, and again after each later removal (`after`: the action's state).
 */
export function RemovedNotice({ after, children }: { after: unknown; children: React.ReactNode }) {
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    message.current?.focus();
  }, [after]);
  return (
    <div ref={message} tabIndex={-1} className="focus:outline-4 focus:outline-focus">
      <Alert kind="success" live testId="removed">
        {children}
      </Alert>
    </div>
  );
}
