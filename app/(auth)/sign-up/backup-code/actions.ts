"use server";

import { signUpStepAction } from "@/lib/actions/clients";
import { confirmBackupCodeSaved, zBackupCodeSaved } from "@/lib/registration/backup-code-step";

export const confirmSavedAction = signUpStepAction("BACKUP_CODE")
  .input(zBackupCodeSaved)
  .action(async ({ ctx, input }) => confirmBackupCodeSaved(ctx.session, input));
