/** The typed signature matches the form's name, ignoring case and repeated or surrounding spaces. */
export function signatureMatches(typed: string, signerName: string): boolean {
  const plain = (name: string) => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en-US");
  return plain(typed) !== "" && plain(typed) === plain(signerName);
}
