import type { Config } from "tailwindcss";

// Colours and type follow the calm, plain style of government service forms (USWDS-like):
// high-contrast text, one primary blue, clear error red, visible focus.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        ink: "#1b1b1b",
        muted: "#565c65",
        line: "#a9aeb1",
        paper: "#f0f0f0",
        primary: { DEFAULT: "#005ea2", dark: "#1a4480", darker: "#162e51", light: "#d9e8f6" },
        success: { DEFAULT: "#00a91c", dark: "#008817", light: "#ecf3ec" },
        warning: { DEFAULT: "#ffbe2e", light: "#faf3d1" },
        error: { DEFAULT: "#b50909", dark: "#8b0a03", light: "#f4e3db" },
        info: { DEFAULT: "#00bde3", light: "#e7f6f8" },
        focus: "#2491ff",
      },
      fontFamily: {
        sans: ["'Public Sans'", "system-ui", "-apple-system", "'Segoe UI'", "Roboto", "Helvetica", "Arial", "sans-serif"],
      },
      maxWidth: { prose: "68ch" },
    },
  },
} satisfies Config;
