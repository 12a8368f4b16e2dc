/** Clitics a place's first word may carry: و/ف, then ب/ك/ل; «لل» is ل before the article. */
export const PLACE_CLITICS = /^[وف]?[بكل]?/u;
