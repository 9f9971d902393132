// Types of weight.mjs, for tests/e2e/budget.spec.ts.
import type { Browser } from '@playwright/test'

export type WeightType = 'html' | 'js' | 'css' | 'font' | 'image' | 'data' | 'wasm' | 'other'
export interface Totals { requests: number, bytes: number, gzip: number }
export interface WeighedFile { url: string, type: WeightType, resourceType: string, status: number, bytes: number, gzip: number }
export interface Weight { url: string, total: Totals, byType: Record<WeightType, Totals>, files: WeighedFile[], requests: string[] }

export const TYPES: WeightType[]
export function typeOf(response: { url: string, resourceType: string, contentType: string }): WeightType
export function gzipSize(body: Buffer): number
export function measurePage(browser: Browser, url: string, options?: { settle?: number }): Promise<Weight>
export function summarize(url: string, files: WeighedFile[]): Omit<Weight, 'requests'>
export function kib(bytes: number): string
export function describeWeight(weight: Omit<Weight, 'requests'>, options?: { largest?: number }): string
