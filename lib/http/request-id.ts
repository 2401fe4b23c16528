// The request id header: the portal's server stamps it, and logs and messages read it.
export const REQUEST_ID_HEADER = "x-request-id";

/** A request id as the server stamps it (a UUID); anything else a header brings is not one. */
export function isRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value);
}
