import { passwordOnlyContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { BackupCodeForm } from "./backup-code-form";

export const metadata: Metadata = { title: "Use your backup code" };

export default async function BackupCodeSignInPage() {
  await passwordOnlyContext();
  return (
    <>
      <h1>Use your backup code</h1>
      <p className="max-w-prose">
        If you can&apos;t get a verification code (a new phone, a lost device), enter the backup code you saved when you created your
        account. It works once: right after you sign in, we show you a new one.
      </p>
      <BackupCodeForm />
      <p className="mt-8">
        <Link href="/sign-in/verify">Use a verification code instead</Link>
      </p>
    </>
  );
}
