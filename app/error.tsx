"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>Something went wrong on our side. Nothing you entered was lost on purpose, but you may need to try again.</p>
      <button type="button" onClick={reset} className="font-bold text-primary underline">
        Try again
      </button>
    </>
  );
}
