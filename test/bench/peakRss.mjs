// Loaded with `node --import`: reports the process's peak resident memory and CPU time when it exits.
// CPU time (user + system) is less swayed than wall time by other work on a shared machine.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nPEAK_RSS_KB=${usage.maxRSS}\nCPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
