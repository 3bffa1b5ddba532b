// The app logs one JSON line per event, as `forge logs` shows them; in tests only errors are worth printing.
// Run `LOG_LEVEL=info npx jest …` to see them all.
process.env.LOG_LEVEL ??= 'error';
