// A text message is sent in GSM-7, 160 characters a segment, unless one character is outside that
// alphabet: then the whole message goes as UCS-2, 70 a segment (67 when split). Spanish "código" or
// "sesión" alone would make a code text two segments and an alert three. The vowels with an acute
// accent that GSM-7 lacks are written without it (GSM-7 has é, ñ, ü, ¿ and ¡, which stay), and
// typographic spaces and quotes become plain ones; anything else is left as it is.

const PLAIN: Record<string, string> = {
  á: "a",
  í: "i",
  ó: "o",
  ú: "u",
  Á: "A",
  Í: "I",
  Ó: "O",
  Ú: "U",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
};

const GSM7_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENDED = "^{}\\[~]|€\f";

/** The message written so it fits GSM-7 where Spanish or typography alone would prevent it. */
export function smsText(text: string): string {
  return text.replace(/[áíóúÁÍÓÚ\u00a0\u202f\u2009\u2018\u2019\u201c\u201d\u2013\u2014]/g, (c) => PLAIN[c]);
}

/** How many segments a carrier bills for a message. */
export function smsSegments(text: string): number {
  const chars = [...text];
  if (chars.every((c) => GSM7_BASIC.includes(c) || GSM7_EXTENDED.includes(c))) {
    const septets = chars.reduce((n, c) => n + (GSM7_EXTENDED.includes(c) ? 2 : 1), 0);
    return septets <= 160 ? 1 : Math.ceil(septets / 153);
  }
  const units = text.length;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}
