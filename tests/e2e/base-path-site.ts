// The build made for a sub-path, as a GitHub project site is served (https://<owner>.github.io/<repo>/).
// scripts/test.mjs generates it with BASE_SITE_URL plus a trailing slash as NUXT_PUBLIC_SITE_URL (keep them the same).
export const BASE_SITE_URL = 'https://example-org.github.io/metaflow-patterns'
export const BASE_PATH = '/metaflow-patterns/'
export const BASE_SITE_DIR = '.output-base/public'
