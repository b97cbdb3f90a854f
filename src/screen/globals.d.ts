/** True only in the build made for end-to-end tests, which carries the test fixtures. */
declare const __LUDOCITE_FIXTURES__: boolean;
/** The Ludocité version this screen was built from. */
declare const __LUDOCITE_VERSION__: string;
