/** The first status of a case filed online (lib/cases/statuses.ts): the receipt notice goes out at once. */
export const FIRST_ONLINE_STATUS = "Case Was Received and A Receipt Notice Was Emailed";
