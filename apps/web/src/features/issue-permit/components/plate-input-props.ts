/** How the plate input behaves, shared by the form and the placeholder shown while it loads. */
export const plateInputProps = {
  autoComplete: "off",
  autoCapitalize: "characters",
  spellCheck: false,
  className: "font-mono uppercase",
} as const;
