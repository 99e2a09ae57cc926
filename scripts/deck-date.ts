import { execFileSync } from 'node:child_process'
import process from 'node:process'

/**
 * The date the handouts are stamped with, as YYYY-MM-DD (UTC), fixed at build so that two exports of
 * the same commit print the same text: `SOURCE_DATE_EPOCH` if set (the reproducible-builds convention),
 * else the date of the checked-out commit, else (no git) today.
 */
export function deckDate(env: Record<string, string | undefined> = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim() || commitEpoch()
  const date = epoch
    ? new Date(Number(epoch) * 1000)
    : new Date()
  return date.toISOString().slice(0, 10)
}

function commitEpoch(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim() || undefined
  }
  catch {
    return undefined
  }
}
