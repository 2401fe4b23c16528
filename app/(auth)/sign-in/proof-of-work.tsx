"use client";

import { solveChallenge } from "altcha-lib/v1";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";

type Challenge = { algorithm: string; challenge: string; maxnumber?: number; salt: string; signature: string };

/**
 * Solves the sign-in proof-of-work in the background and puts the answer in a hidden field. The
 * status is announced politely; `onSolved` lets the form enable its button.
 */
export function ProofOfWork({ challenge, onSolved }: { challenge: string; onSolved: (solved: boolean) => void }) {
  const t = useTranslations();
  const [status, setStatus] = useState<"working" | "done" | "failed">("working");
  const [payload, setPayload] = useState("");

  useEffect(() => {
    const parsed = JSON.parse(challenge) as Challenge;
    const started = Date.now();
    const { promise, controller } = solveChallenge(parsed.challenge, parsed.salt, parsed.algorithm, parsed.maxnumber);
    onSolved(false);
    promise
      .then((solution) => {
        if (!solution) throw new Error("no solution");
        const answer = {
          algorithm: parsed.algorithm,
          challenge: parsed.challenge,
          number: solution.number,
          salt: parsed.salt,
          signature: parsed.signature,
          took: Date.now() - started,
        };
        setPayload(btoa(JSON.stringify(answer)));
        setStatus("done");
        onSolved(true);
      })
      .catch(() => {
        if (!controller.signal.aborted) setStatus("failed");
      });
    return () => controller.abort();
  }, [challenge, onSolved]);

  return (
    <div className="mb-6 max-w-prose border-l-4 border-line bg-paper p-3">
      <input type="hidden" name="pow" value={payload} />
      <p role="status" className="mb-0" data-testid="pow-status">
        {status === "working" && t("signIn.pow.working")}
        {status === "done" && t("signIn.pow.done")}
        {status === "failed" && t("signIn.pow.failed")}
      </p>
    </div>
  );
}
