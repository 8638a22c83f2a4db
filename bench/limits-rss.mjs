// Loaded with --import into a trellis run by bench/limits.ts: tells the bench the run's peak memory as it exits.
process.on('exit', () => process.stderr.write(`\nbench-max-rss-kb: ${process.resourceUsage().maxRSS}\n`));
