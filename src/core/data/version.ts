/** Version of the built-in knowledge base (the article's date), the same in every slice of it. */
export const BUILT_IN_VERSION = '2023-02-03';
