/** Who the benchmark acts as (a demo organisation person) and what it names its long incident. */
export const BENCH_PERSON = 'yusuf-demir';
export const BIG_INCIDENT_TITLE = 'Bench: long-running incident';
