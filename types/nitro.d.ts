// Nitro's types for the build configuration. nuxt 4.4 runs on Nitro 2, but the @nuxt/kit and @nuxt/schema that
// Nuxt UI and Nuxt Content require (^4.5) are newer: their schema types `nitro` options through a registry
// (NitroTypes) that the server builder fills in, and Nitro 2's builder for nuxt 4.4 does not. Without this,
// `nuxt.options.nitro` and the nitro hooks in modules/ and nuxt.config.ts have a fallback shape that lacks most
// of Nitro's options (publicAssets, hooks, route rule headers).
import type { Nitro, NitroConfig, NitroRouteConfig } from 'nitropack/types'

declare module '@nuxt/schema' {
  interface NitroTypes {
    config: NitroConfig
    instance: Nitro
    routeRuleConfig: NitroRouteConfig
  }
}

export {}
