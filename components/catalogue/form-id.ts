/** The id of the catalogue's one GET form; fields elsewhere on the page join it by `form=`. */
export const CATALOGUE_FORM_ID = "catalogue-form";
