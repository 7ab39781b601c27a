// Short titles for every ECCN, written by EARmark (never the CCL heading): what the entry covers,
// in plain words, ≤ ~90 characters.
export const CCL_TITLES = {
};
